using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Activity;

/// <summary>Requests of the activity tests. The API's today is 2018-06-30; 2018-05-15 is a Tuesday.</summary>
public static class ActivityScenarios
{
    public static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");
    public static readonly Guid EntryId = Guid.Parse("0190c1a0-0000-7000-8000-0000000001e1");
    public static readonly string ActivityUrl = $"/team/{FacilitatorId}/activity";
    public static readonly string TimeUrl = $"{ActivityUrl}/time-entries";
    public static readonly string MobilisationsUrl = $"{ActivityUrl}/mobilisations";

    public static object Time(decimal hours = 3, string on = "2018-05-15", Guid? entryId = null, string kind = "councilSupport", Guid? councilId = null) =>
        new { entryId = entryId ?? EntryId, on, kind, hours, councilId = councilId ?? CouncilId, note = "Préparation de la plénière" };

    public static object Mobilisation(int residentsReached = 25, int newResidents = 10, string on = "2018-05-15", Guid? entryId = null, Guid? councilId = null) =>
        new { entryId = entryId ?? EntryId, on, councilId = councilId ?? CouncilId, description = "Porte-à-porte rue d'essai", residentsReached, newResidents };

    public static string CancellationUrl(Guid? entryId = null) => $"{ActivityUrl}/{entryId ?? EntryId}/cancellation";
}
