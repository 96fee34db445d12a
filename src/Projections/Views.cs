using ConseilsCitoyens.Projections.Activity;
using ConseilsCitoyens.Projections.Audit;
using ConseilsCitoyens.Projections.Conventions;
using ConseilsCitoyens.Projections.Councils;
using ConseilsCitoyens.Projections.Drawings;
using ConseilsCitoyens.Projections.Initiatives;
using ConseilsCitoyens.Projections.Interpellations;
using ConseilsCitoyens.Projections.Meetings;
using ConseilsCitoyens.Projections.Privacy;
using ConseilsCitoyens.Projections.Proposals;
using ConseilsCitoyens.Projections.Quartiers;
using ConseilsCitoyens.Projections.Reports;
using ConseilsCitoyens.Projections.Roadmaps;
using ConseilsCitoyens.Projections.SteeringSessions;
using ConseilsCitoyens.Projections.Team;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace ConseilsCitoyens.Projections;

/// <summary>A projection and when it runs in the live store: a Marten projection source, or a custom one with its name and documents.</summary>
public sealed record View(IProjectionSource<IDocumentOperations, IQuerySession>? Projection, ProjectionLifecycle Lifecycle)
{
    private View(IProjection custom, string name, Type document, ProjectionLifecycle lifecycle) : this(null, lifecycle) =>
        (Custom, CustomName, Document) = (custom, name, document);

    private IProjection? Custom { get; }
    private string? CustomName { get; }
    private Type? Document { get; }

    public string Name => Projection?.Name ?? CustomName!;

    public static View Of<TDocument>(IProjection custom, string name, ProjectionLifecycle lifecycle) => new(custom, name, typeof(TDocument), lifecycle);

    public void AddTo(StoreOptions options)
    {
        if (Projection is not null)
            options.Projections.Add(Projection, Lifecycle);
        else
        {
            options.RegisterDocumentType(Document!);
            options.Projections.Add(Custom!, Lifecycle, CustomName);
        }
    }

    /// <summary>As a member of a composite; a custom one says which documents its rebuild wipes.</summary>
    public void AddTo(CompositeProjection composite)
    {
        if (Projection is not null)
            composite.Add(Projection);
        else
            composite.Add(Custom!, options => options.DeleteViewTypeOnTeardown(Document!));
    }
}

/// <summary>
/// Every projection, listed once: the live store registers each with its own lifecycle; the rebuild
/// registers the same projections as the members of one composite, which reads the log once for all.
/// </summary>
public static class Views
{
    /// <summary>The composite a one-pass rebuild runs (never registered in the live store).</summary>
    public const string OnePass = "EveryView";

    /// <summary>The events the one-pass rebuild reads, applies and commits at a time.</summary>
    public const int OnePassPageSize = 1_000;

    /// <summary>New instances each time: a store compiles and keeps the projections it is given.</summary>
    public static IReadOnlyList<View> All()
    {
        // Inline: commands decide on these states in the same transaction that appends the events,
        // and reads must see a write as soon as it is acknowledged.
        IProjectionSource<IDocumentOperations, IQuerySession>[] inline =
        [
            new QuartierProjection(), new CouncilProjection(), new PersonalDataProjection(), new ConventionProjection(),
            new TeamMemberProjection(), ..FieldworkProjections.All(), new RoadmapProjection(), new ActivityLogProjection(),
            new SteeringSessionProjection(), new InitiativeProjection(), new ProposalProjection(), new InterpellationProjection(),
            new MeetingProjection(), new DrawingProjection(),
        ];
        return
        [
            ..inline.Select(p => new View(p, ProjectionLifecycle.Inline)),
            // Asynchronous: read by auditors and the dashboard only, never by a command deciding or by the
            // answer to a write, and it spans every stream (a hot document per type would serialize inline
            // appends). The async daemon runs it on one node, distributed by Wolverine (Program.cs).
            new View(new EventTypeCountProjection(), ProjectionLifecycle.Async),
            // Inline: a report then reads a held meeting as soon as the write is acknowledged, and a
            // council's month is one small document per write (planning a meeting touches none).
            View.Of<CouncilMonth>(new CouncilMonthProjection(), CouncilMonthProjection.Name, ProjectionLifecycle.Inline),
        ];
    }

    public static void AddViews(this StoreOptions options)
    {
        foreach (var view in All())
            view.AddTo(options);
    }

    /// <summary>
    /// The named projections as the stages of one composite (asynchronous, as every composite is): its
    /// rebuild reads each page of the log once and applies it to every member, committing them together.
    /// </summary>
    public static void AddViewsAsOnePass(this StoreOptions options, IReadOnlyCollection<string> names)
    {
        var chosen = All().Where(v => names.Contains(v.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (chosen.Length != names.Count)
            throw new ArgumentException($"Unknown projection among {string.Join(", ", names)}", nameof(names));
        options.Projections.CompositeProjectionFor(OnePass, composite =>
        {
            // Pages of 1,000 events: half the per-page statements (each member's read of the documents
            // a page touches, its progression row) of Marten's 500; much larger pages keep their events
            // and documents alive across collections, and the garbage collector promotes them to gen 2.
            composite.Options.BatchSize = OnePassPageSize;
            foreach (var view in chosen)
                view.AddTo(composite);
        });
    }
}
