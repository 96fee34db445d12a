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
            var id = await Council(http, $"QP999{firstCode + i:000}", $"de banc d'essai {i}", "Camille");
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
        var id = await Council(http, code, "rejoué du banc d'essai", "Dominique");
        for (var month = new DateOnly(2017, 4, 15); month.Year <= 2019; month = month.AddMonths(1))
            await Post(http, $"/councils/{id}/meetings", new { kind = "plenary", plannedFor = month.ToString("yyyy-MM-dd"), convenedBy = new { kind = "facilitator" } });
        return code;
    }

    /// <summary>A council (QP9997nn) whose history holds this many meetings, held at even intervals from
    /// April 2017 to December 2019 (about a third of them in 2018), chaired by the facilitator: what a
    /// report of 2018 costs as the history grows.</summary>
    public static async Task<Guid> CouncilWithHistory(HttpClient http, int meetings, int number)
    {
        var id = await Council(http, $"QP999{700 + number:000}", $"au long passé {number}", "Alix");
        var first = new DateOnly(2017, 4, 3);
        var days = new DateOnly(2019, 12, 31).DayNumber - first.DayNumber;
        for (var n = 0; n < meetings; n++)
        {
            var on = first.AddDays((int)((long)n * days / meetings)).ToString("yyyy-MM-dd");
            var meeting = Guid.CreateVersion7();
            await Post(http, $"/councils/{id}/meetings", new { id = meeting, kind = "plenary", plannedFor = on, convenedBy = new { kind = "facilitator" } });
            await Post(http, $"/meetings/{meeting}/holding", new { heldOn = on, chairedBy = new { kind = "facilitator" } });
        }
        return id;
    }

    /// <summary>A quartier of its own and a council created in 2017 on it, with six residents.</summary>
    private static async Task<Guid> Council(HttpClient http, string code, string name, string firstName)
    {
        await Post(http, "/quartiers", new { code, name = $"Quartier {name}", arrondissementCode = "75118", generation = "qpv2015" });
        var id = Guid.CreateVersion7();
        await Post(http, "/councils", new { id, name = $"Conseil citoyen {name}", quartierCodes = new[] { code }, createdOn = "2017-03-06" });
        for (var m = 0; m < 6; m++)
            await Post(http, $"/councils/{id}/members", new
            {
                college = "residents", gender = m % 2 == 0 ? "female" : "male", residenceQuartierCode = code, joinedOn = "2017-04-03",
                person = new { firstName, lastName = $"Fictive{m}" },
            });
        return id;
    }

    private static async Task Post(HttpClient http, string path, object body)
    {
        using var answer = await http.PostAsJsonAsync(path, body);
        if (!answer.IsSuccessStatusCode)
            throw new InvalidOperationException($"setup: POST {path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }
}
