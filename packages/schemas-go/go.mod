module github.com/scenario-api/scenario-api/packages/schemas-go

go 1.19
