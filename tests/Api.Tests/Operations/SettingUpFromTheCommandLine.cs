using ConseilsCitoyens.Api.Tests.Infrastructure;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>The deploy-time commands, run as a process: the schema applies, the generated code compiles.</summary>
public class SettingUpFromTheCommandLine(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_schema_applies_again_without_change_and_every_generated_type_compiles()
    {
        var setup = await ApiProcess.Run("resources", "setup");
        var codegen = await ApiProcess.Run("codegen", "test");

        Assert.True(setup.ExitCode == 0, setup.Stdout + setup.Stderr);
        Assert.True(codegen.ExitCode == 0, codegen.Stdout + codegen.Stderr);
        Assert.Contains("Success", codegen.Stdout);
    }

    [Theory]
    [InlineData("resources")]
    [InlineData("codegen")]
    public async Task Each_command_explains_itself(string command)
    {
        var help = await ApiProcess.Run(command, "--help");

        Assert.True(help.ExitCode == 0, help.Stdout + help.Stderr);
        Assert.Contains($"dotnet run -- {command}", help.Stdout);
    }
}
