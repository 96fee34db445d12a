using System.Net;
using static ConseilsCitoyens.Api.Tests.Interpellations.InterpellationScenarios;

namespace ConseilsCitoyens.Api.Tests.Interpellations;

/// <summary>Every step the procedure does not allow at a stage answers 422 and changes nothing.</summary>
public class RefusingIllegalTransitions(ApiFixture fixture) : InterpellationTest(fixture)
{
    public static TheoryData<string, string, string> IllegalSteps => new()
    {
        { "referred", "escalation", "referred" },
        { "referred", "debate", "referred" },
        { "referred", "closure", "referred" },
        { "transmitted", "transmission", "transmitted" },
        { "transmitted", "debate", "transmitted" },
        { "escalated", "transmission", "escalated" },
        { "escalated", "escalation", "escalated" },
        { "escalated", "closure", "escalated" },
        { "debated", "transmission", "debated" },
        { "debated", "escalation", "debated" },
        { "debated", "debate", "debated" },
        { "closed", "transmission", "closed" },
        { "closed", "escalation", "closed" },
        { "closed", "debate", "closed" },
        { "closed", "closure", "closed" },
        { "closedAsNotJustified", "transmission", "closed" },
        { "closedAsNotJustified", "escalation", "closed" },
        { "closedAsNotJustified", "debate", "closed" },
        { "closedAsNotJustified", "closure", "closed" },
    };

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public async Task An_illegal_step_is_a_422_naming_the_current_stage_and_appends_nothing(string stage, string step, string currentStage)
    {
        var etag = await GivenAnInterpellationAt(stage);

        // Dated later than every stage, and with facts unlike the recorded ones: only the stage can refuse it.
        var refused = await Post(StepOf(InterpellationId, step), Step(step, "2018-03-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("interpellation.illegal-transition", refused.ProblemCode);
        Assert.Contains($"'{currentStage}'", refused.Json.GetProperty("detail").GetString());
        var read = await Get(InterpellationAt(InterpellationId));
        Assert.Equal(etag, read.ETag);
        Assert.Equal(currentStage, read.Json.GetProperty("stage").GetString());
    }
}
