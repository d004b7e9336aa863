"""The analysis wing: microsimulation over tables of persons (local and Dask), the synthetic population,
reports and charts. It imports the law and the edge, never the CLI."""
