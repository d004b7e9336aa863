"""The edge wing: what stands between users and the law.

Input checks of situations (`situations`), of bulk tables (`tables`) and of every input array
(`populations`), with one error listing every problem (`errors`); this package's `SimulationBuilder`;
the web API's app factory (`web_api`). The edge imports the law, never the analysis or the CLI.
"""
