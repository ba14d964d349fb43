"""Rule editing in the UI: ``form`` (a rule's kind, figures and table), ``dialog`` (the
rule editor of one leaf, with Suggest from criteria, live checks, Try it and the scores
that would depart), ``review`` (the rules read from the criteria of a whole framework)."""
