"""Parameters read at dates that vary from person to person (e.g. the premium of the fiscal year of each
person's last contribution month)."""

import numpy as np


def parameter_at_dates(dates, value_at):
    """Value of a dated parameter at each date of an array: evaluated once per distinct month (a loop
    over the few distinct months of the data, not over persons), then spread back."""
    months = np.asarray(dates).astype("datetime64[M]")
    distinct, positions = np.unique(months, return_inverse=True)
    values = np.array([value_at(f"{month}-01") for month in distinct.astype(str)], dtype=np.float64)
    return values[positions.reshape(months.shape)]
