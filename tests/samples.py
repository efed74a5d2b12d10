"""Source texts of the same kind as the seed, written for the tests: every list shape and reference style."""

WATER = (
    "Riverside Water Ltd today published its annual report.\n\n"
    "The company says that leaks fell by 12 per cent; that bills rose below inflation; "
    "and that customer complaints halved.\n\n"
    "It also claims it planted 40,000 trees, restored six wetlands and cut carbon emissions by a fifth.\n"
    "There has been a fall in sewage spills, with new storm tanks at four works, a doubling of river testing, "
    "and faster repairs to burst mains.\n\n"
    "The claims from the company do not mention the dividend paid to its owners.\n"
)
"""Semicolons with `that`, `It` for the company, a comma list with `and`, a paragraph that continues it."""

HOUSING = (
    "The Northern Housing Agency has set out its record for the year.\n\n"
    "According to the Agency, its new homes programme is ahead of schedule.\n\n"
    "The Agency reports that:\n"
    "\u2022 1,200 homes were completed\n"
    "\u2022 rent arrears fell to 3%\n"
    "\u2022 every tenant now has a named officer\n\n"
    "Its achievements include:\n"
    "1) a new repairs service for older tenants\n"
    "2) faster lettings of empty homes\n\n"
    "Critics say the figures are misleading.\n"
)
"""`according to`, `reports that:` with bullets, `achievements include:` with numbers, unnamed critics."""

HOSPITAL = (
    "The Care Quality Inspectorate visited Eastfield Hospital Trust in May.\n\n"
    "Inspectors highlight:\n"
    "* shorter waits in the emergency department\n"
    "* cleaner wards on every floor\n\n"
    "The Trust claims it has recruited 300 nurses. Its chief executive, Jane Porter, said: "
    "\u201cWe have turned the corner and staff morale is the highest it has been.\u201d\n\n"
    "The Trust also claims: 1. a new cancer centre has opened; 2. mortality rates are below the national average.\n\n"
    "The claims from the Trust raise questions about funding. Why has the chief executive left?\n"
)
"""`inspectors` for the inspectorate, `*` bullets, a person's quotation, inline `1.` numbers, commentary."""

COLLEGE = (
    "Westbury College has announced the departure of its principal, Amir Khan.\n\n"
    "Mr Khan said the college had \u201cnever been in better shape\u201d. \u201cOur students have achieved the "
    "best results in the region,\u201d he said.\n\n"
    "The College states that its legacy includes:\n"
    "- a pass rate of 94 per cent\n"
    "- a new engineering centre, opened in March\n\n"
    "It also notes that apprenticeships doubled and that dropout rates fell.\n\n"
    "Some staff doubt these figures. Will the new principal keep them?\n"
)
"""`-` bullets after a colon cue, `and that`, a person's words in quotes after a short reference."""

REPEATED = (
    "The Parks Trust claims that visitor numbers rose.\n\n"
    "The Trust also claims that visitor numbers rose.\n"
)
"""The same claim twice in one text: two rows with distinct ids."""

HOSTILE = (
    "The Example Agency claims that it cut waiting times <img src=x onerror=\"window.__pwned=1\">; "
    "that <script>window.__pwned=2</script> costs fell; and that =HYPERLINK(\"http://x\") staff are happy.\n"
)
"""Markup and a spreadsheet formula inside listed claims: carried as text, never interpreted."""
