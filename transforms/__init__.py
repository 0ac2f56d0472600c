"""Pure, Prefect-free code of pledgeflow: reading, normalising, extracting and building tables.

Nothing here imports Prefect or does work at import time. `transforms.storage` is the one module that writes
datasets (the I/O edge); everything else is data in, data out.
"""

PIPELINE_VERSION = "0.1.0"
