using System.Buffers;
using System.Text.Json;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Items written as JSON lines while they are read, flushed every hundred lines: memory stays the
/// same whatever the number of lines (the audit log export, the per-quartier replay). Its place among
/// the streams (<see cref="LongReads"/>) is given back after the last line, or when the client goes.
/// </summary>
internal sealed class JsonLinesResult<T>(IAsyncEnumerable<T> items, JsonSerializerOptions options, IDisposable place) : IResult
{
    public const string ContentType = "application/x-ndjson";
    private const int FlushEvery = 100;

    public async Task ExecuteAsync(HttpContext context)
    {
        using var _ = place;
        var ct = context.RequestAborted;
        context.Response.ContentType = ContentType;
        var body = context.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder });
        var lines = 0;
        await foreach (var item in items.WithCancellation(ct))
        {
            JsonSerializer.Serialize(writer, item, options);
            await writer.FlushAsync(ct);
            writer.Reset();
            body.Write("\n"u8);
            if (++lines % FlushEvery == 0)
                await body.FlushAsync(ct);
        }
        await body.FlushAsync(ct);
    }
}
