using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Partners;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Projections.Members;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed partial class DemoData
{
    private const int SeatsPerGender = 6;

    private DemoStream<Council> CreateCouncil(DemoArrondissement arrondissement, IReadOnlyList<DemoStream<Quartier>> quartiers, int index)
    {
        var id = NewId();
        var codes = quartiers.Select(q => q.State.Code).ToArray();
        var created = CouncilDecider.Create(
            new CreateCouncil(id, region is null ? $"Conseil citoyen du {arrondissement.Ordinal} arrondissement" : $"Conseil citoyen {region.Index}-{index + 1}", codes,
                WorkingDay(new LocalDate(2017, 2, 13).PlusDays(index * 4))),
            codes.ToHashSet(), today);
        return StartCouncil(id, [created]);
    }

    /// <summary>Residents drawn by lot who accept their seats, volunteers, then local actors (rules 2 to 8).</summary>
    private void Compose(DemoStream<Council> council, IReadOnlyList<DemoStream<Partner>> partners)
    {
        var createdOn = council.State.CreatedOn;
        var quartierCodes = council.State.QuartierCodes;
        var drawing = HoldDrawing(council.State, WorkingDay(createdOn.PlusDays(14)));

        // Every called candidate answers; a refusal calls the next substitute of the same gender.
        var answeredOn = drawing.State.HeldOn;
        while (Drawing.Genders.SelectMany(g => drawing.State.Called(g)).FirstOrDefault(c => drawing.State.AnswerOf(c) is null) is var next
               && next != Guid.Empty)
        {
            answeredOn = Around(answeredOn, 3);
            drawing.Append(DrawingDecider.Answer(drawing.State, new AnswerDrawing(next, !Chance(0.25), answeredOn), today));
        }

        var joinedOn = WorkingDay(answeredOn.PlusDays(7));
        foreach (var answer in drawing.State.Answers.Where(a => a.Accepted))
            Join(council, new JoinCouncil(answer.CandidateId, College.Residents, answer.Gender, Pick(quartierCodes), null, false, joinedOn,
                MemberOrigin.Drawn, drawing.State.SeatOf(answer.CandidateId)));

        for (var i = random.Next(3, 6); i > 0; i--)
            Join(council, new JoinCouncil(NewId(), College.Residents, Chance(0.5) ? Gender.Female : Gender.Male, Pick(quartierCodes), null,
                false, Around(joinedOn, 10)));

        var organisations = partners.Where(p => p.State.Kind is PartnerKind.Association or PartnerKind.LocalActor)
            .Select(p => p.State.Name)
            .Concat(Enumerable.Range(0, 6).Select(_ => $"Association {faker.Address.StreetName()}"))
            .Distinct()
            .ToArray();
        foreach (var organisation in organisations.Take(random.Next(5, 8)))
            Join(council, new JoinCouncil(NewId(), College.LocalActors, Chance(0.5) ? Gender.Female : Gender.Male, null, organisation,
                false, Around(joinedOn, 10)));
    }

    private DemoStream<Drawing> HoldDrawing(Council council, LocalDate heldOn)
    {
        DrawingList[] lists =
        [
            new(ListKind.SocialLandlords, "Locataires des bailleurs sociaux", Sha256($"{council.Id}:bailleurs"), 1200 + random.Next(0, 800)),
            new(ListKind.ElectoralRoll, "Liste électorale", Sha256($"{council.Id}:electorale"), 4000 + random.Next(0, 3000)),
        ];
        var candidates = Drawing.Genders
            .SelectMany(gender => Enumerable.Range(0, SeatsPerGender * 2).Select(i => new Candidate(NewId(), gender, lists[i % 2].Label)))
            .ToArray();
        var id = NewId();
        return StartDrawing(id, DrawingDecider.Hold(council,
            new HoldDrawing(id, heldOn, lists, $"demo-{council.Id:N}-{random.Next():x8}", candidates,
                new DrawingSeats(SeatsPerGender, SeatsPerGender)), today));
    }

    private void Join(DemoStream<Council> council, JoinCouncil command)
    {
        var birthYear = faker.Random.Int(1945, 2000);
        council.Append(CouncilDecider.Join(council.State, command with { AgeGroup = AgeGroups.AtJoining(birthYear, command.JoinedOn) }, today));
        var gender = command.Gender == Gender.Female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male;
        var first = faker.Name.FirstName(gender);
        var last = faker.Name.LastName(gender);
        documents.Add(new MemberPersonalDetails(command.MemberId, council.Id, first, last,
            Chance(0.6) ? faker.Internet.Email(first, last, "demo.example") : null,
            Chance(0.5) ? faker.Phone.PhoneNumber("06 ## ## ## ##") : null,
            birthYear));
    }

    /// <summary>Hosting, the city contract's parameters, internal rules, the prefectoral order, then activation (rules 9 to 15).</summary>
    private void Recognise(DemoStream<Council> council, DemoArrondissement arrondissement)
    {
        var state = council.State;
        var start = state.Members.Max(m => m.JoinedOn);
        council.Append(CouncilDecider.ArrangeHosting(state, new ArrangeHosting(HostingKind.Municipal, $"Mairie du {arrondissement.Ordinal} arrondissement",
            WorkingDay(state.CreatedOn.PlusDays(7))), today));
        council.Append(CouncilDecider.SetCityContractParameters(council.State, new SetCityContractParameters(36, 4, WorkingDay(start.PlusDays(3))), today));
        var rulesOn = WorkingDay(start.PlusDays(14));
        council.Append(CouncilDecider.AdoptInternalRules(council.State, new AdoptInternalRules("Règlement intérieur",
            Sha256($"Règlement intérieur du conseil {state.Id}"), rulesOn), today));
        var orderOn = WorkingDay(rulesOn.PlusDays(random.Next(10, 30)));
        council.Append(CouncilDecider.RecordPrefectoralOrder(council.State, new RecordPrefectoralOrder(
            $"75-2017-{random.Next(100, 999):000}-DEMO", orderOn,
            council.State.Members.Where(m => m.SitsOn(orderOn)).Select(m => m.MemberId).ToArray(),
            $"Centre social du {arrondissement.Ordinal} (structure porteuse)"), today));
        council.Append(CouncilDecider.ChangeStatus(council.State, new ChangeStatus(CouncilStatus.Active,
            "Reconnu par arrêté préfectoral", WorkingDay(orderOn.PlusDays(7))), today));
        council.Append(CouncilDecider.ArrangeHosting(council.State, new ArrangeHosting(HostingKind.HostStructure,
            $"Centre social du {arrondissement.Ordinal}", WorkingDay(state.CreatedOn.PlusMonths(10))), today));
    }

    private string Pick(IReadOnlyList<string> codes) => codes[random.Next(codes.Count)];
}
