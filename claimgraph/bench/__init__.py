"""Scale checks: a synthetic corpus generator (`generator`) and the benchmark behind `claimgraph bench` (`run`).

Neither imports the extractors at module level: the generator never does (it is a scale check, not a
quality proof), the benchmark only inside the steps it times.
"""
