using System.Net.Http.Json;

namespace ConseilsCitoyens.Bench;

/// <summary>Councils for the bench through the API itself: one fictional quartier each (QP9998nn),
/// created in 2017 with six residents and four meetings planned in 2018.</summary>
internal static class Setup
{
    public static async Task<List<Guid>> Councils(HttpClient http, int count, int firstCode = 800)
    {
        var councils = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            var code = $"QP999{firstCode + i:000}";
            await Post(http, "/quartiers", new { code, name = $"Quartier de banc d'essai {i}", arrondissementCode = "75118", generation = "qpv2015" });
            var id = Guid.CreateVersion7();
            await Post(http, "/councils", new { id, name = $"Conseil citoyen de banc d'essai {i}", quartierCodes = new[] { code }, createdOn = "2017-03-06" });
            for (var m = 0; m < 6; m++)
                await Post(http, $"/councils/{id}/members", new
                {
                    college = "residents", gender = m % 2 == 0 ? "female" : "male", residenceQuartierCode = code, joinedOn = "2017-04-03",
                    person = new { firstName = "Camille", lastName = $"Fictive{m}" },
                });
            for (var month = 3; month <= 12; month += 3)
                await Post(http, $"/councils/{id}/meetings", new { kind = "plenary", plannedFor = $"2018-{month:00}-15", convenedBy = new { kind = "facilitator" } });
            councils.Add(id);
        }
        return councils;
    }

    /// <summary>The quartier replayed by the bench when no national set is loaded: one council of its
    /// own (QP999899, untouched by the write phases) with six residents and a meeting planned every month
    /// from April 2017 to December 2019, so that its log spans the three years of the programme.</summary>
    public static async Task<string> ReplayQuartier(HttpClient http)
    {
        const string code = "QP999899";
        await Post(http, "/quartiers", new { code, name = "Quartier rejoué du banc d'essai", arrondissementCode = "75118", generation = "qpv2015" });
        var id = Guid.CreateVersion7();
        await Post(http, "/councils", new { id, name = "Conseil citoyen rejoué du banc d'essai", quartierCodes = new[] { code }, createdOn = "2017-03-06" });
        for (var m = 0; m < 6; m++)
            await Post(http, $"/councils/{id}/members", new
            {
                college = "residents", gender = m % 2 == 0 ? "female" : "male", residenceQuartierCode = code, joinedOn = "2017-04-03",
                person = new { firstName = "Dominique", lastName = $"Fictive{m}" },
            });
        for (var month = new DateOnly(2017, 4, 15); month.Year <= 2019; month = month.AddMonths(1))
            await Post(http, $"/councils/{id}/meetings", new { kind = "plenary", plannedFor = month.ToString("yyyy-MM-dd"), convenedBy = new { kind = "facilitator" } });
        return code;
    }

    private static async Task Post(HttpClient http, string path, object body)
    {
        using var answer = await http.PostAsJsonAsync(path, body);
        if (!answer.IsSuccessStatusCode)
            throw new InvalidOperationException($"setup: POST {path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }
}
