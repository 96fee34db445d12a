using System.Net.Http.Headers;
using System.Text;
using Xunit.Abstractions;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// Thousands of malformed or hostile requests, generated from a seed, spread over every write
/// endpoint of the catalogue: none may answer 500, none may append an event. Each request is
/// invalid by construction (broken JSON, a wrong root, or at least one member no command accepts),
/// so any event appended is a bug, whatever id it reached.
/// </summary>
public class FuzzingWrites(ApiFixture fixture, ITestOutputHelper output) : EventCountingTest(fixture)
{
    private const int Seed = 20180630;
    private const int Requests = 10_000;
    private const int Parallelism = 4;

    private static readonly string[] Hostile =
    [
        "'; DROP TABLE conseils.mt_events; --", "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}",
        "../../../../etc/passwd", "%00", "\u0000", "\u202E\uFEFF", "{{7*7}}", "$(rm -rf /)", "😀👩🏽‍🚀", "NaN",
    ];

    private static readonly string[] FieldNames =
    [
        "id", "name", "code", "councilId", "memberId", "facilitatorId", "partnerId", "quartierCodes", "college",
        "gender", "kind", "status", "role", "contract", "on", "createdOn", "joinedOn", "plannedFor", "heldOn",
        "from", "until", "year", "value", "hours", "person", "reason", "title", "register", "seed", "generation",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "",
    ];

    private static readonly string[] IfMatches =
    [
        "", "\"1\"", "\"0\"", "\"-1\"", "W/\"1\"", "*", "\"abc\"", "garbage", "\"99999999999999999999\"", "\"1\", \"2\"", "\"", "\"1",
    ];

    [Fact]
    public async Task Ten_thousand_hostile_requests_answer_no_500_and_append_nothing()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        var routes = EndpointCatalogue.Of(Fixture.Host.Services).Where(r => r.Method == "POST").ToArray();
        var before = await CountEvents();

        var random = new Random(Seed);
        var requests = Enumerable.Range(0, Requests).Select(_ => Generate(random, routes[random.Next(routes.Length)])).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        using var client = Fixture.Client();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (request, ct) =>
        {
            using var message = request.ToMessage();
            using var answer = await client.SendAsync(message, ct);
            statuses.AddOrUpdate((int)answer.StatusCode, 1, (_, n) => n + 1);
            if ((int)answer.StatusCode >= 500)
            {
                var body = await answer.Content.ReadAsStringAsync(ct);
                failures.Add($"{request}: {(int)answer.StatusCode} {body[..Math.Min(body.Length, 200)]}");
            }
        });
        var appended = await CountEvents() - before;

        Figures.Report(output, $"fuzz: {requests.Length} hostile requests over {routes.Length} write endpoints (seed {Seed}) in {started.Elapsed.TotalSeconds:F0} s: {failures.Count} answered 500, {appended} events appended");
        output.WriteLine("answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var failure in failures.Take(20))
            output.WriteLine(failure);
        Assert.True(requests.Length >= 10_000);
        Assert.Empty(failures);
        Assert.Equal(0, appended);
    }

    private sealed record Request(string Url, byte[] Body, string ContentType, string IfMatch, string? IdempotencyKey)
    {
        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new ByteArrayContent(Body) };
            if (ContentType.Length > 0 && MediaTypeHeaderValue.TryParse(ContentType, out var type))
                message.Content.Headers.ContentType = type;
            if (IfMatch.Length > 0)
                message.Headers.TryAddWithoutValidation("If-Match", IfMatch);
            if (IdempotencyKey is not null)
                message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
            return message;
        }

        public override string ToString() => $"POST {Url} [{ContentType}] If-Match {IfMatch} ← {Encoding.UTF8.GetString(Body[..Math.Min(Body.Length, 60)])}";
    }

    private static Request Generate(Random random, EndpointCatalogue.Route route)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(route.Pattern, "{([^}:]+)[^}]*}", _ => Id(random));
        return new Request(url, Body(random), Pick(random, ContentTypes), Pick(random, IfMatches),
            random.Next(4) == 0 ? $"fuzz-{random.Next(50)}" : null);
    }

    // Existing ids as often as fresh or garbled ones, so the requests also reach past the 404s.
    private static string Id(Random random) => random.Next(6) switch
    {
        0 or 1 => CouncilId.ToString(),
        2 => MemberId.ToString(),
        3 => Guid.Empty.ToString(),
        // A NUL in the path is refused by the server before any endpoint (the test host throws instead).
        4 => Uri.EscapeDataString(Pick(random, Hostile)).Replace("%00", "%01"),
        _ => new Guid(Bytes(random, 16)).ToString(),
    };

    private static byte[] Body(Random random) => random.Next(8) switch
    {
        0 => Encoding.UTF8.GetBytes(Pick(random, ["", "{", "}", "[", "null", "true", "0", "-1e999", "\"text\"", "[{}]", "{\"a\":}", "{,}"])),
        // Invalid UTF-8: lone continuation bytes, overlongs, surrogates, in and around JSON.
        1 => [.. "{\"name\":\""u8.ToArray(), .. Pick(random, InvalidUtf8), .. "\"}"u8.ToArray()],
        2 => Bytes(random, random.Next(1, 512)),
        // A plausible object cut off anywhere.
        3 => Truncate(random, Encoding.UTF8.GetBytes(Object(random))),
        4 => Encoding.UTF8.GetBytes("{\"name\":\"" + new string(Pick(random, ['x', 'é', '\'']), random.Next(1, 3) * 600_000) + "\"," + Member(random, poisoned: true) + "}"),
        _ => Encoding.UTF8.GetBytes(Object(random)),
    };

    private static readonly byte[][] InvalidUtf8 = [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF, 0xFE], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]];

    // At least one member is poisoned (accepted by no command), the others merely hostile.
    private static string Object(Random random)
    {
        var count = random.Next(1, 6);
        var poisoned = random.Next(count);
        return "{" + string.Join(",", Enumerable.Range(0, count).Select(i => Member(random, i == poisoned))) + "}";
    }

    private static string Member(Random random, bool poisoned)
    {
        var name = Pick(random, FieldNames);
        if (poisoned)
            return random.Next(3) switch
            {
                0 => $"{Json(Pick(random, Hostile))}:1",
                1 => $"\"{name}\":{{\"$where\":\"1==1\"}}",
                _ => $"\"{name}\":[{{\"$gt\":\"\"}}]",
            };
        return $"\"{name}\":" + random.Next(10) switch
        {
            0 => Json(Pick(random, Hostile)),
            1 => Json(Pick(random, ["9999-99-99", "0001-01-01", "9999-12-31", "-271821-04-20", "2018-02-30", "2018-06-30T25:00", "yesterday"])),
            2 => Json(Pick(random, ["unknownEnum", "Residents", "RESIDENTS", "résidents", "facilitator'--", ""])),
            3 => Pick(random, ["1e308", "-1", "0", "2147483648", "9223372036854775808", "1.5", "true", "null"]),
            4 => Json(new Guid(Bytes(random, 16)).ToString()),
            5 => Json("not-a-guid"),
            6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(5)).Select(_ => Json(Pick(random, Hostile)))) + "]",
            7 => Json(new string('x', random.Next(1, 20_000))),
            8 => "{\"firstName\":" + Json(Pick(random, Hostile)) + "}",
            _ => Json("2018-06-30"),
        };
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static byte[] Truncate(Random random, byte[] bytes) => bytes[..random.Next(bytes.Length)];

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
