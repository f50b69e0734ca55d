# The original stack's framework serving a trivial route, for the same-run comparison in bench/lcs.sh.
from fastapi import FastAPI

app = FastAPI()


@app.get("/liveness")
async def liveness():
    return {"alive": True}
