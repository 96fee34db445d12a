using System.Net.Http.Json;

namespace ConseilsCitoyens.Bench;

/// <summary>Councils for the bench through the API itself: one fictional quartier each (QP9998nn),
/// created in 2017 with six residents and four meetings planned in 2018.</summary>
internal static class Setup
{
    public static async Task<List<Guid>> Councils(HttpClient http, int count)
    {
        var councils = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            var code = $"QP999{800 + i:000}";
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

    private static async Task Post(HttpClient http, string path, object body)
    {
        using var answer = await http.PostAsJsonAsync(path, body);
        if (!answer.IsSuccessStatusCode)
            throw new InvalidOperationException($"setup: POST {path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }
}
