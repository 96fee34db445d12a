using ConseilsCitoyens.Domain.Privacy;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Privacy;

public class ErasingPersonalData
{
    private static readonly Guid PersonId = Guid.Parse("0190c1a0-0000-7000-8000-00000000e001");
    private static readonly LocalDate Today = new(2018, 6, 30);

    private static PersonalData? Given(params object[] events) => events.Aggregate((PersonalData?)null, (state, e) => PersonalData.Evolve(state, e));

    [Fact]
    public void A_first_erasure_is_recorded_with_its_reason_and_date()
    {
        var events = PrivacyDecider.Erase(Given(), new ErasePersonalData(PersonId, " Request by letter "), Today);

        Spec.ThenEvents(events, new PersonalDataErased(PersonId, "Request by letter", Today));
    }

    [Fact]
    public void Erasing_again_records_nothing()
    {
        var state = Given(new PersonalDataErased(PersonId, "Request by letter", new LocalDate(2018, 6, 1)));

        Spec.ThenEvents(PrivacyDecider.Erase(state, new ErasePersonalData(PersonId, "Again"), Today));
    }

    [Fact]
    public void Each_person_has_a_privacy_stream_of_their_own()
    {
        Assert.Equal(PersonalData.StreamIdFor(PersonId), PersonalData.StreamIdFor(PersonId));
        Assert.NotEqual(PersonalData.StreamIdFor(PersonId), PersonalData.StreamIdFor(Guid.NewGuid()));
        Assert.NotEqual(PersonId, PersonalData.StreamIdFor(PersonId));
    }
}
