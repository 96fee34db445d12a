using ConseilsCitoyens.Projections;
using JasperFx.Events;
using Marten;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>
/// A second store on the tests' database appending in Marten's rich mode (numbers drawn ahead, in a
/// statement of their own). It replaces the quick append's function, which the API's store does not
/// check again: disposing it applies the API's schema back, so later tests append as the API does.
/// </summary>
internal sealed class RichAppendStore(IDocumentStore api) : IAsyncDisposable
{
    public DocumentStore Store { get; } = DocumentStore.For(options =>
    {
        options.ConfigureConseilsCitoyens(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")!);
        options.Events.AppendMode = EventAppendMode.Rich;
    });

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await api.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }
}
