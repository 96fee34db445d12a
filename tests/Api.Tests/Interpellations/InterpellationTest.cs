using System.Net;
using static ConseilsCitoyens.Api.Tests.Interpellations.InterpellationScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Interpellations;

public abstract class InterpellationTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", CouncilOf2016(CouncilId));
    }

    /// <returns>The interpellation's ETag at that stage.</returns>
    protected async Task<string?> GivenAnInterpellationAt(string stage)
    {
        await GivenACouncil();
        var answer = await Post(InterpellationsOf(CouncilId), Referral());
        Assert.Equal(HttpStatusCode.Created, answer.Status);
        foreach (var (step, on) in StepsTo(stage))
        {
            answer = await Post(StepOf(InterpellationId, step), Step(step, on));
            Assert.Equal(HttpStatusCode.OK, answer.Status);
        }
        return answer.ETag;
    }
}
