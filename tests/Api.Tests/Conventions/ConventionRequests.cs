namespace ConseilsCitoyens.Api.Tests.Conventions;

/// <summary>The seed sheet's convention: 3 years from 2017, Préfecture and Ville de Paris, coordinated by France Médiation.</summary>
public static class ConventionRequests
{
    public static readonly Guid ConventionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
    public static readonly string ConventionUrl = $"/conventions/{ConventionId}";
    public static readonly string TargetsUrl = $"{ConventionUrl}/targets";

    public static object Convention(int durationYears = 3, string signedOn = "2017-01-16") => new
    {
        id = ConventionId,
        title = "Dispositif d'animation et d'accompagnement des conseils citoyens",
        sponsors = new[] { "Préfecture de Paris", "Ville de Paris" },
        coordinatingPartner = "France Médiation",
        contractType = "convention d'objectifs",
        startsOn = "2017-01-01",
        durationYears,
        objectives = new[] { "Développer, consolider et animer le conseil citoyen", "Mobiliser les habitants éloignés de la participation" },
        signedOn,
    };

    public static object Target(string indicatorId = "meetings-per-council", int year = 1, decimal value = 10, string setOn = "2017-01-17") =>
        new { indicatorId, year, value, setOn };

    public static string RevisionsUrl(string indicator = "meetings-per-council", int year = 1) => $"{TargetsUrl}/{indicator}/{year}/revisions";

    public static object Revision(decimal value = 8, string reason = "Bilan de la première année", string revisedOn = "2018-03-05") =>
        new { value, reason, revisedOn };
}
