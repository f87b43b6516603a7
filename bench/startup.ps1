$null
