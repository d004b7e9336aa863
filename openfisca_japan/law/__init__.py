"""The law wing: helpers that the formulas of variables/ and the reforms of reforms/ share.

Rounding rules, date arithmetic of the Age Calculation Act, parameter look-ups, premium shares, the
periods the model covers, the modelled municipalities. Nothing here imports the edge, the analysis or the
CLI (a code-health test checks it).
"""
