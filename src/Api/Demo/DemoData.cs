using System.Security.Cryptography;
using System.Text;
using Bogus;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Partners;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

/// <summary>What the demo appends: streams with their events, and the personal details kept beside them.</summary>
public sealed record DemoSet(IReadOnlyList<DemoStream> Streams, IReadOnlyList<object> Documents, Guid ConventionId, int Councils)
{
    public int EventCount => Streams.Sum(s => s.Events.Count);
}

/// <summary>
/// The Paris programme 2017–2019, made by calling the domain's deciders as the endpoints would, so
/// that every rule holds. The same seed gives the same data; quartier codes are visibly fictional
/// (département 999), names come from Bogus's French locale.
/// </summary>
public sealed partial class DemoData
{
    /// <summary>The demo's convention: its stream's presence tells that the demo is loaded.</summary>
    public static readonly Guid ConventionId = new("0190c1a0-de30-7000-8000-000000000001");

    public static readonly LocalDate ProgrammeStart = new(2017, 1, 1);
    public static readonly LocalDate ProgrammeEnd = new(2019, 12, 31);

    private readonly Random random;
    private readonly Faker faker;
    private readonly WorkingCalendar calendar;
    private readonly LocalDate today;
    private readonly List<DemoStream> streams = [];
    private readonly List<object> documents = [];
    private readonly DemoRegion? region;
    private readonly IReadOnlyList<DemoArrondissement> territory;

    /// <param name="region">A region of the national set (its own convention, quartier codes and team); the Paris demo when null.</param>
    public DemoData(int seed, WorkingCalendar calendar, LocalDate today, DemoRegion? region = null)
    {
        var own = region?.SeedFor(seed) ?? seed;
        random = new Random(own);
        faker = new Faker("fr") { Random = new Randomizer(own) };
        this.calendar = calendar;
        this.today = today;
        this.region = region;
        territory = region is null ? Arrondissements : Arrondissements.Take(region.Councils).ToArray();
        ConventionStreamId = region is null ? ConventionId : region.ConventionId;
    }

    /// <summary>This set's convention stream, appended last: its presence tells that the set is loaded.</summary>
    public Guid ConventionStreamId { get; }

    public DemoSet Generate()
    {
        var quartiers = RegisterQuartiers();
        var convention = SignConvention();
        var team = RecruitTeam();
        var partners = RegisterPartners();
        var diagnostics = PublishDiagnostics(quartiers);
        foreach (var (arrondissement, index) in territory.Select((a, i) => (a, i)))
        {
            var local = quartiers.Where(q => q.State.ArrondissementCode == arrondissement.Code).ToArray();
            var council = CreateCouncil(arrondissement, local, index);
            var facilitator = team[index];
            Assign(facilitator, council, council.State.CreatedOn);
            Assign(team[^1], council, council.State.CreatedOn);
            var localPartners = partners.Where(p => p.State.ArrondissementCode == arrondissement.Code).ToArray();
            Compose(council, localPartners);
            Recognise(council, arrondissement);
            HoldMeetings(council);
            FileProposals(council, arrondissement);
            RecordSteeringSessions(council, index);
            LaunchInitiatives(council);
            RecordImmersions(facilitator, localPartners.Concat(partners.Where(p => p.State.ArrondissementCode is null)).ToArray());
            OpenRoadmap(facilitator, council, diagnostics.Where(d => local.Any(q => q.State.Code == d.State.QuartierCode)).ToArray());
            if (index < 3)
                ReferInterpellation(council, index);
        }
        _ = convention;
        return new DemoSet(streams, documents, ConventionStreamId, territory.Count);
    }

    private DemoStream<TState> Start<TState>(Guid id, Func<TState?, object, TState> evolve, Type marker, IEnumerable<object> events)
        where TState : class
    {
        var stream = new DemoStream<TState>(id, evolve, marker).Append(events);
        streams.Add(stream);
        return stream;
    }

    private DemoStream<Council> StartCouncil(Guid id, IEnumerable<object> events) =>
        Start<Council>(id, Council.Evolve, typeof(ICouncilEvent), events);

    private DemoStream<TeamMember> StartTeamMember(Guid id, IEnumerable<object> events) =>
        Start<TeamMember>(id, TeamMember.Evolve, typeof(ITeamEvent), events);

    private DemoStream<Drawing> StartDrawing(Guid id, IEnumerable<object> events) =>
        Start<Drawing>(id, Drawing.Evolve, typeof(IDrawingEvent), events);

    private DemoStream<Meeting> StartMeeting(Guid id, IEnumerable<object> events) =>
        Start<Meeting>(id, Meeting.Evolve, typeof(IMeetingEvent), events);

    private DemoStream<Partner> StartPartner(Guid id, IEnumerable<object> events) =>
        Start<Partner>(id, Partner.Evolve, typeof(IPartnerEvent), events);

    private DemoStream<Proposal> StartProposal(Guid id, IEnumerable<object> events) =>
        Start<Proposal>(id, Proposal.Evolve, typeof(IProposalEvent), events);

    private DemoStream<Interpellation> StartInterpellation(Guid id, IEnumerable<object> events) =>
        Start<Interpellation>(id, Interpellation.Evolve, typeof(IInterpellationEvent), events);

    private DemoStream<Initiative> StartInitiative(Guid id, IEnumerable<object> events) =>
        Start<Initiative>(id, Initiative.Evolve, typeof(IInitiativeEvent), events);

    private DemoStream<Roadmap> StartRoadmap(Guid id, IEnumerable<object> events) =>
        Start<Roadmap>(id, Roadmap.Evolve, typeof(IRoadmapEvent), events);

    private DemoStream<TerritoryDiagnostic> StartDiagnostic(Guid id, IEnumerable<object> events) =>
        Start<TerritoryDiagnostic>(id, TerritoryDiagnostic.Evolve, typeof(IDiagnosticEvent), events);

    private void StartImmersion(Guid id, IEnumerable<object> events) =>
        Start<Immersion>(id, Immersion.Evolve, typeof(IImmersionEvent), events);

    private void StartSteeringSession(Guid id, IEnumerable<object> events) =>
        Start<SteeringSession>(id, SteeringSession.Evolve, typeof(ISteeringSessionEvent), events);

    private DemoStream<Convention> StartConvention(Guid id, IEnumerable<object> events) =>
        Start<Convention>(id, Convention.Evolve, typeof(IConventionEvent), events);

    private DemoStream<Quartier> StartQuartier(Guid id, IEnumerable<object> events) =>
        Start<Quartier>(id, Quartier.Evolve, typeof(IQuartierEvent), events);

    /// <summary>A deterministic id: the same seed gives the same ids.</summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>The first working day on or after the date: the team works Monday to Friday, holidays aside.</summary>
    private LocalDate WorkingDay(LocalDate date)
    {
        while (!calendar.IsWorkingDay(date))
            date = date.PlusDays(1);
        return date;
    }

    private LocalDate Around(LocalDate date, int maxDays) => WorkingDay(date.PlusDays(random.Next(0, maxDays + 1)));

    private bool Chance(double probability) => random.NextDouble() < probability;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
