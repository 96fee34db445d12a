using ConseilsCitoyens.Domain.Common;
using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Every write's events are screened at commit (<see cref="FreeText.Screen"/>): free text holding an
/// e-mail address or a phone number is refused (422 text.personal-data) and nothing is appended,
/// whichever endpoint carried it.
/// </summary>
public static class FreeTextScreen
{
    public static void Before(IDocumentSession session) => session.Listeners.Add(Check.Instance);

    private sealed class Check : DocumentSessionListenerBase
    {
        public static readonly Check Instance = new();

        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            foreach (var stream in session.PendingChanges.Streams())
            foreach (var e in stream.Events)
                FreeText.Screen(e.Data);
            return Task.CompletedTask;
        }
    }
}
