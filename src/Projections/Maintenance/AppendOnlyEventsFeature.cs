using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using Marten;
using Marten.Events;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace ConseilsCitoyens.Projections.Maintenance;

/// <summary>
/// The append-only and server-recorded triggers as a storage feature of their own that depends on
/// the event store's, so that a full schema setup creates mt_events (and the audit tables, extended
/// schema objects, which come first) before the triggers on them. The read indexes of the log and of the documents scoped to councils ride along for the same reason.
/// </summary>
public sealed class AppendOnlyEventsFeature(StoreOptions options)
    : FeatureSchemaBase("AppendOnlyEvents", options.Advanced.Migrator)
{
    public override Type StorageType => typeof(AppendOnlyEventsFeature);

    public override IEnumerable<Type> DependentTypes() => [typeof(EventGraph), typeof(ActivityLog), typeof(Council), typeof(SteeringSession), typeof(TeamMember)];

    protected override IEnumerable<ISchemaObject> schemaObjects() => [
        new AppendOnlyEvents(options.Events.DatabaseSchemaName),
        new ServerRecordedEvents(options.Events.DatabaseSchemaName),
        ComplianceWarningIndex.For(options.Events.DatabaseSchemaName),
        EventCouncilIndex.For(options.Events.DatabaseSchemaName),
        EventIdsIndex.For(options.Events.DatabaseSchemaName),
        ActivityLogCouncilsIndex.For(options.DatabaseSchemaName),
        CouncilQuartierCodesIndex.For(options.DatabaseSchemaName),
        SteeringSessionCouncilsIndex.For(options.DatabaseSchemaName),
        TeamMemberCouncilsIndex.For(options.DatabaseSchemaName),
    ];
}
