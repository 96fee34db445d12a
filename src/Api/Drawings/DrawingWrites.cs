using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Drawings;

namespace ConseilsCitoyens.Api.Drawings;

internal static class DrawingWrites
{
    /// <summary>The drawing after the write, as the next read will show it, with its version as ETag.</summary>
    public static DrawingResponse ToResponse(this StreamWrite<Drawing> write, HttpResponse response)
    {
        var drawing = write.Events.Aggregate(write.State, Drawing.Evolve) with { Version = write.Version };
        response.WriteETag(drawing.Version);
        return DrawingResponse.From(drawing);
    }
}
