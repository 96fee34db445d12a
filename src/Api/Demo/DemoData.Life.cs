using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed partial class DemoData
{
    private static readonly string[] AgendaTopics =
    [
        "Bilan des permanences", "Préparation de la fête de quartier", "Propreté des espaces communs", "Point sur le contrat de ville",
        "Accès aux droits", "Projets jeunesse", "Tranquillité publique", "Budget participatif", "Retour du comité de pilotage",
    ];

    /// <summary>A plenary meeting each month but August, convened and chaired more and more by members (rule 16).</summary>
    private void HoldMeetings(DemoStream<Council> council)
    {
        var first = council.State.Members.Max(m => m.JoinedOn).PlusMonths(1);
        var resigned = false;
        for (var month = new LocalDate(first.Year, first.Month, 1); month <= ProgrammeEnd; month = month.PlusMonths(1))
        {
            if (month.Month == 8)
                continue;
            var plannedFor = WorkingDay(month.PlusDays(10 + random.Next(0, 10)));
            if (!resigned && month.Year == 2018 && month.Month >= 3)
            {
                resigned = true;
                var leaving = council.State.CurrentMembers().Where(m => m.Origin == MemberOrigin.Volunteer).Take(2).ToArray();
                foreach (var member in leaving)
                    council.Append(CouncilDecider.Leave(council.State,
                        new LeaveCouncil(member.MemberId, DepartureReason.Resignation, WorkingDay(month.PlusDays(2))), today));
            }

            var members = council.State.Members.Where(m => m.SitsOn(plannedFor)).ToArray();
            var autonomy = (plannedFor.Year - 2017) * 0.3;
            Actor Someone() => Chance(autonomy) ? Actor.Member(members[random.Next(members.Length)].MemberId) : Actor.Facilitator;

            var id = NewId();
            var meeting = StartMeeting(id, [MeetingDecider.Plan(council.State, new PlanMeeting(id, MeetingKind.Plenary, plannedFor, Someone()))]);
            var addedOn = WorkingDay(plannedFor.PlusDays(-10));
            foreach (var topic in AgendaTopics.OrderBy(_ => random.Next()).Take(random.Next(2, 4)))
                meeting.Append(MeetingDecider.AddAgendaItem(meeting.State, council.State, new AddAgendaItem(topic, Someone(), addedOn), today));

            if (Chance(0.05))
            {
                meeting.Append(MeetingDecider.Cancel(meeting.State,
                    new CancelMeeting("Salle indisponible", WorkingDay(plannedFor.PlusDays(-3))), today));
                continue;
            }
            meeting.Append(MeetingDecider.Hold(meeting.State, council.State, new HoldMeeting(plannedFor, Someone()), today));
            var register = members.Select(m => new AttendanceEntry(m.MemberId, random.NextDouble() switch
            {
                < 0.7 => Presence.Present,
                < 0.85 => Presence.Excused,
                _ => Presence.Absent,
            })).ToArray();
            meeting.Append(MeetingDecider.RecordAttendance(meeting.State, council.State, new RecordAttendance(register)));
        }
    }

    private void FileProposals(DemoStream<Council> council, DemoArrondissement arrondissement)
    {
        (string Subject, string Position)[] subjects =
        [
            ("Éclairage des passages piétons", "Renforcer l'éclairage des passages entre les immeubles"),
            ("Horaires de la bibliothèque", "Ouvrir la bibliothèque le samedi après-midi"),
            ("Jardin partagé", "Confier une parcelle du square aux habitants"),
            ("Rénovation du gymnase", "Associer le conseil au choix des travaux"),
            ("Permanence d'accès aux droits", "Installer une permanence hebdomadaire en pied d'immeuble"),
        ];
        var on = WorkingDay(council.State.CreatedOn.PlusMonths(6));
        foreach (var (subject, position) in subjects.OrderBy(_ => random.Next()).Take(random.Next(3, 6)))
        {
            on = WorkingDay(on.PlusDays(random.Next(60, 150)));
            if (on > ProgrammeEnd)
                break;
            var consensus = Chance(0.6);
            var id = NewId();
            var proposal = StartProposal(id, [ProposalDecider.File(council.State, new FileProposal(id,
                Chance(0.5) ? ProposalKind.Proposal : ProposalKind.Opinion, subject, position, consensus,
                consensus ? [] : ["Une minorité préfère attendre l'avis du bailleur"], $"Mairie du {arrondissement.Ordinal} arrondissement", on), today)]);
            if (Chance(0.75))
                proposal.Append(ProposalDecider.Answer(proposal.State, new AnswerProposal(
                    (ProposalOutcome)random.Next(0, 3), "Réponse écrite de la mairie d'arrondissement", $"Mairie du {arrondissement.Ordinal} arrondissement",
                    WorkingDay(on.PlusDays(random.Next(20, 90)))), today));
        }
    }

    /// <summary>Two steering bodies a year; now and then the council is invited and nobody goes (rule 12, warned).</summary>
    private void RecordSteeringSessions(DemoStream<Council> council, int index)
    {
        foreach (var year in new[] { 2017, 2018, 2019 })
            foreach (var (body, month) in new[] { (SteeringBody.SteeringCommittee, 6), (SteeringBody.TechnicalCommittee, 11) })
            {
                var heldOn = WorkingDay(new LocalDate(year, month, 5 + index));
                if (heldOn < council.State.CreatedOn)
                    continue;
                var sitting = council.State.Members.Where(m => m.SitsOn(heldOn)).ToArray();
                var absent = Chance(0.2) || sitting.Length == 0;
                var representatives = absent ? [] : sitting.OrderBy(_ => random.Next()).Take(2).Select(m => m.MemberId).ToArray();
                var id = NewId();
                StartSteeringSession(id, SteeringSessionDecider.Record(council.State, new RecordSteeringSession(id, body, null, heldOn,
                    true, representatives, !absent && Chance(0.7), !absent && Chance(0.3)), today));
            }
    }

    private void LaunchInitiatives(DemoStream<Council> council)
    {
        (string Title, string Description)[] ideas =
        [
            ("Fête de quartier", "Une après-midi festive au square avec les associations"),
            ("Troc de livres", "Une boîte à livres gérée par les habitants"),
            ("Nettoyage citoyen", "Une matinée de ramassage avec la régie de quartier"),
        ];
        foreach (var (idea, i) in ideas.Take(random.Next(1, 4)).Select((idea, i) => (idea, i)))
        {
            var id = NewId();
            var launchedOn = WorkingDay(new LocalDate(2018, 3, 1).PlusDays(i * 120 + random.Next(0, 40)));
            var initiative = StartInitiative(id, [InitiativeDecider.Launch(council.State, new LaunchInitiative(id, idea.Title, idea.Description, launchedOn), today)]);
            initiative.Append(InitiativeDecider.Support(initiative.State, new SupportInitiative(NewId(), SupportKind.Methodological,
                "France Médiation", null, null, WorkingDay(launchedOn.PlusDays(7))), today));
            if (Chance(0.6))
                initiative.Append(InitiativeDecider.Support(initiative.State, new SupportInitiative(NewId(), SupportKind.Financial,
                    "Ville de Paris", random.Next(2, 30) * 10_000L, "Fonds de participation des habitants", WorkingDay(launchedOn.PlusDays(21))), today));
            if (i == 0)
                initiative.Append(InitiativeDecider.Complete(initiative.State,
                    new CompleteInitiative("Près de cent habitants ont participé", WorkingDay(launchedOn.PlusDays(60))), today));
        }
    }

    /// <summary>The right of interpellation (rule 13): referred, transmitted, then escalated and debated or closed.</summary>
    private void ReferInterpellation(DemoStream<Council> council, int index)
    {
        var id = NewId();
        var referredOn = WorkingDay(new LocalDate(2018, 4, 9).PlusDays(index * 30));
        var interpellation = StartInterpellation(id, [InterpellationDecider.Refer(council.State, new ReferInterpellation(id,
            "Fermeture annoncée du bureau de poste du quartier", "Les habitants âgés perdent leur accès aux services postaux et bancaires",
            referredOn), today)]);
        var on = WorkingDay(referredOn.PlusDays(21));
        interpellation.Append(InterpellationDecider.Transmit(interpellation.State,
            new TransmitInterpellation(["Maire de Paris", "Maire d'arrondissement", "Signataires du contrat de ville"], on), today));
        if (index == 2)
        {
            interpellation.Append(InterpellationDecider.Close(interpellation.State,
                new CloseInterpellation("Non retenue : le service est maintenu par une agence postale communale", WorkingDay(on.PlusDays(45))), today));
            return;
        }
        on = WorkingDay(on.PlusDays(40));
        interpellation.Append(InterpellationDecider.Escalate(interpellation.State, new EscalateInterpellation(
            "Difficulté avérée pour les publics fragiles", ["Maintenir une permanence deux jours par semaine"], false, on), today));
        if (index == 0)
        {
            on = WorkingDay(on.PlusDays(30));
            interpellation.Append(InterpellationDecider.Debate(interpellation.State, new DebateInterpellation(on), today));
            interpellation.Append(InterpellationDecider.Close(interpellation.State,
                new CloseInterpellation("Permanence maintenue deux jours par semaine", WorkingDay(on.PlusDays(20))), today));
        }
    }
}
