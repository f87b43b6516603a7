-- greet.lua: a psh module of cmdlets written in Lua.
--
--   Import-Module examples/lua/greet.lua
--   'a','b' | Get-Greeting | ForEach-Object Greeting

psh.cmdlet {
  name = "Get-Greeting",
  synopsis = "Greets someone by name.",
  description = "Get-Greeting writes an object with the Name it was given and a Greeting for it.",
  examples = {
    { code = "'a','b' | Get-Greeting | ForEach-Object Greeting", remarks = "Prints Hello, a and Hello, b." },
  },
  params = {
    { name = "Name", type = "string", position = 0, mandatory = true, pipeline = true,
      pipeline_by_name = true, help = "The name to greet." },
  },
  process = function(ctx, params)
    ctx:emit({ Name = params.Name, Greeting = "Hello, " .. params.Name })
  end,
}
