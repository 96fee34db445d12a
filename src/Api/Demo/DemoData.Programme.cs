using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Partners;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Team;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed record DemoArrondissement(string Code, string Ordinal, IReadOnlyList<string> QuartierNames);

public sealed partial class DemoData
{
    // Names of Paris QPV from public sources (DOMAIN.md §4); where none is listed, a demonstration name.
    public static readonly IReadOnlyList<DemoArrondissement> Arrondissements =
    [
        new("75110", "10e", ["Quartier de démonstration du 10e"]),
        new("75111", "11e", ["Fontaine au Roi"]),
        new("75113", "13e", ["Quartier de démonstration du 13e", "Second quartier de démonstration du 13e"]),
        new("75114", "14e", ["Porte de Vanves"]),
        new("75117", "17e", ["Quartier de démonstration du 17e"]),
        new("75118", "18e", ["Porte Montmartre – Porte de Clignancourt – Moskova", "Porte de la Chapelle – Charles Hermite",
            "La Chapelle – Évangile", "Blémont", "Goutte d'Or"]),
        new("75119", "19e", ["Stalingrad – Riquet", "Michelet – Alphonse Karr – rue de Nantes – Barbanègre",
            "Danube – Solidarité – Marseillaise", "Algérie", "Chaufourniers", "Compans – Pelleport"]),
        new("75120", "20e", ["Le Grand Belleville", "Les Portes du Vingtième"]),
    ];

    /// <summary>Visibly fictional codes: département 999, then the arrondissement's number and a rank.</summary>
    public static string QuartierCode(DemoArrondissement arrondissement, int rank) => $"QP999{arrondissement.Code[3..]}{rank + 1}";

    private IReadOnlyList<DemoStream<Quartier>> RegisterQuartiers()
    {
        var rows = territory
            .SelectMany(a => a.QuartierNames.Select((name, rank) => (Code: QuartierCode(a, rank), Name: name, a.Code)))
            .Select((q, line) => new QpvRow(line + 2, region?.QuartierCode(line) ?? q.Code, region is null ? q.Name : $"{q.Name} (région {region.Index})", q.Item3))
            .ToArray();
        var plan = QpvImport.Plan(new QpvImportSettings(MapGeneration.Qpv2015, new LocalDate(2015, 1, 1), null), rows, []);
        return plan.Changes.Select(c => StartQuartier(c.QuartierId, c.Events)).ToArray();
    }

    private DemoStream<Convention> SignConvention()
    {
        var signedOn = WorkingDay(new LocalDate(2017, 1, 16));
        var convention = StartConvention(ConventionStreamId, ConventionDecider.Sign(new SignConvention(
            ConventionStreamId,
            "Accompagnement des conseils citoyens parisiens 2017–2019 (démonstration)",
            ["Préfecture de Paris", "Ville de Paris"],
            "France Médiation",
            "Convention pluriannuelle d'objectifs",
            signedOn,
            ProgrammeStart,
            3,
            ["Installer un conseil citoyen actif dans chaque arrondissement concerné",
             "Former et accompagner les membres vers l'autonomie",
             "Associer les conseils au pilotage du contrat de ville"]), calendar, today));

        decimal[] meetings = [8, 10, 10], attendance = [0.60m, 0.65m, 0.70m], steering = [12, 16, 16], reached = [300, 400, 450],
            immersions = [30, 40, 40], actions = [20, 30, 35], training = [120, 80, 60];
        var targets = new (string Id, decimal[] Values)[]
        {
            (IndicatorIds.MeetingsPerCouncil, meetings), (IndicatorIds.AttendanceRate, attendance),
            (IndicatorIds.SteeringSessionsWithRepresentative, steering), (IndicatorIds.ResidentsReached, reached),
            (IndicatorIds.Immersions, immersions), (IndicatorIds.RoadmapActionsDone, actions), (IndicatorIds.TrainingHours, training),
        };
        foreach (var (id, values) in targets)
            for (var year = 1; year <= 3; year++)
                convention.Append(ConventionDecider.SetTarget(convention.State,
                    new SetYearlyTarget(id, year, values[year - 1], signedOn), calendar, today));
        convention.Append(ConventionDecider.ReviseTarget(convention.State, new ReviseYearlyTarget(
            IndicatorIds.MeetingsPerCouncil, 2, 9, "Bilan de la première année : rythme mensuel hors été", WorkingDay(new LocalDate(2018, 1, 15))),
            calendar, today));
        return convention;
    }

    /// <summary>One facilitator per council, then the coordinator (last).</summary>
    private IReadOnlyList<DemoStream<TeamMember>> RecruitTeam()
    {
        var team = new List<DemoStream<TeamMember>>();
        for (var i = 0; i <= territory.Count; i++)
        {
            var id = NewId();
            var coordinator = i == territory.Count;
            var startsOn = WorkingDay(new LocalDate(2017, 1, 23).PlusDays(coordinator ? -14 : i * 3));
            var contract = coordinator ? ContractKind.Cdi : Chance(0.7) ? ContractKind.AdulteRelais : ContractKind.Cdd;
            var recruited = TeamMemberDecider.Recruit(new RecruitTeamMember(id, coordinator ? TeamRole.Coordinator : TeamRole.Facilitator,
                contract, startsOn, contract == ContractKind.Cdi ? null : startsOn.PlusYears(3).PlusDays(-1)), today);
            var member = StartTeamMember(id, [recruited]);
            string[] topics = ["Politique de la ville et conseils citoyens", "Animation de réunions participatives", "Médiation sociale"];
            var on = startsOn;
            foreach (var topic in topics)
            {
                on = WorkingDay(on.PlusDays(random.Next(7, 40)));
                member.Append(TeamMemberDecider.Train(member.State, new RecordTraining(topic, random.Next(1, 5) * 7, on), calendar, today));
            }
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            documents.Add(new TeamMemberPersonalDetails(id, first, last, faker.Internet.Email(first, last, "demo.example"), faker.Phone.PhoneNumber("01 ## ## ## ##")));
            team.Add(member);
        }
        return team;
    }

    private void Assign(DemoStream<TeamMember> member, DemoStream<Council> council, LocalDate from) =>
        member.Append(TeamMemberDecider.Assign(member.State, new AssignTeamMember(council.State.Id, WorkingDay(from), null),
            council.State, calendar, today));

    private IReadOnlyList<DemoStream<Partner>> RegisterPartners()
    {
        var partners = new List<DemoStream<Partner>>();
        void Register(string name, PartnerKind kind, string? arrondissement, string role)
        {
            var id = NewId();
            partners.Add(StartPartner(id, [PartnerDecider.Register(
                new RegisterPartner(id, name, kind, arrondissement, role, WorkingDay(new LocalDate(2017, 2, 1).PlusDays(random.Next(0, 60)))), today)]));
        }
        Register("Préfecture de Paris – mission politique de la ville", PartnerKind.Institution, null, "Délégué du préfet");
        Register("Ville de Paris – service politique de la ville", PartnerKind.Institution, null, "Chargée de mission politique de la ville");
        foreach (var a in territory)
        {
            Register($"Centre social {faker.Name.LastName()} ({a.Ordinal})", PartnerKind.Association, a.Code, "Directrice du centre social");
            Register($"Régie de quartier du {a.Ordinal}", PartnerKind.LocalActor, a.Code, "Responsable de l'insertion");
            Register($"Bailleur social – agence du {a.Ordinal}", PartnerKind.SocialLandlord, a.Code, "Gardien référent");
        }
        return partners;
    }

    private IReadOnlyList<DemoStream<TerritoryDiagnostic>> PublishDiagnostics(IReadOnlyList<DemoStream<Quartier>> quartiers)
    {
        string[] findings =
        [
            "Forte proportion de familles monoparentales", "Taux de chômage des jeunes supérieur à la moyenne parisienne",
            "Manque de lieux de rencontre pour les habitants", "Sentiment d'insécurité aux abords des transports",
            "Tissu associatif dense mais peu coordonné", "Difficultés d'accès aux droits et aux services publics",
        ];
        (string Statement, PrioritySource Source)[] priorities =
        [
            ("Ouvrir un lieu d'accueil pour les habitants", PrioritySource.Residents),
            ("Accompagner les jeunes vers l'emploi", PrioritySource.FieldActors),
            ("Améliorer la propreté des espaces communs", PrioritySource.Residents),
            ("Renforcer l'accès aux droits", PrioritySource.Partners),
            ("Animer l'espace public l'été", PrioritySource.Residents),
        ];
        return quartiers.Select(q =>
        {
            var command = new PublishDiagnosticVersion(WorkingDay(new LocalDate(2017, 4, 3).PlusDays(random.Next(0, 60))),
                findings.OrderBy(_ => random.Next()).Take(3).ToArray(),
                priorities.OrderBy(_ => random.Next()).Take(3).Select(p => new PriorityDraft(null, p.Statement, p.Source, null)).ToArray());
            return StartDiagnostic(TerritoryDiagnostic.StreamIdFor(q.State.Code),
                DiagnosticDecider.Publish(null, q.State, command, today, NewId));
        }).ToArray();
    }

    private void RecordImmersions(DemoStream<TeamMember> facilitator, IReadOnlyList<DemoStream<Partner>> partners)
    {
        for (var i = 0; i < 5; i++)
        {
            var partner = partners[random.Next(partners.Count)];
            var id = NewId();
            var on = WorkingDay(new LocalDate(2017, 3, 1).PlusDays(random.Next(0, 900)));
            StartImmersion(id, ImmersionDecider.Record(partner.State, new RecordImmersion(id, facilitator.Id, on, random.Next(2, 7),
                "Présentation du conseil citoyen et repérage des habitants éloignés de la participation",
                Chance(0.5) ? "Invitation à la prochaine plénière" : null), today, calendar));
        }
    }

    private void OpenRoadmap(DemoStream<TeamMember> facilitator, DemoStream<Council> council, IReadOnlyList<DemoStream<TerritoryDiagnostic>> diagnostics)
    {
        var priorities = diagnostics.SelectMany(d => d.State.Current.Priorities).ToArray();
        var openedOn = WorkingDay(new LocalDate(2017, 7, 3).PlusDays(random.Next(0, 20)));
        string[] titles =
        [
            "Tenir une permanence mensuelle au pied des immeubles", "Organiser une marche exploratoire", "Monter un atelier d'accès aux droits",
            "Préparer une fête de quartier", "Créer un groupe de travail jeunesse", "Publier une lettre d'information du conseil",
        ];
        var count = random.Next(4, titles.Length + 1);
        var actions = Enumerable.Range(0, count).Select(i => new ProposeRoadmapAction(NewId(), titles[i],
            i % 3 == 1 ? RoadmapActionKind.Project : RoadmapActionKind.Action, priorities[i % priorities.Length].PriorityId,
            openedOn.PlusMonths(3 + i * 3), i + 1, openedOn)).ToArray();
        var roadmap = StartRoadmap(Roadmap.StreamIdFor(facilitator.Id, council.Id), RoadmapDecider.Open(council.State, facilitator.Id, actions[0], today));
        foreach (var action in actions.Skip(1))
            roadmap.Append(RoadmapDecider.Propose(roadmap.State, action, today));
        foreach (var (action, i) in actions.Select((a, i) => (a, i)))
        {
            var startedOn = WorkingDay(action.ProposedOn.PlusMonths(1 + i * 2));
            if (startedOn > ProgrammeEnd)
                continue;
            roadmap.Append(RoadmapDecider.Start(roadmap.State, action.ActionId, new StartRoadmapAction(startedOn), today));
            if (i == count - 1)
                roadmap.Append(RoadmapDecider.Drop(roadmap.State, action.ActionId,
                    new DropRoadmapAction("Priorité reportée après le bilan annuel", WorkingDay(startedOn.PlusDays(30))), today));
            else if (Chance(0.7))
                roadmap.Append(RoadmapDecider.Complete(roadmap.State, action.ActionId,
                    new CompleteRoadmapAction("Réalisée avec les membres du conseil", WorkingDay(startedOn.PlusDays(random.Next(20, 80)))), today));
        }
    }
}
