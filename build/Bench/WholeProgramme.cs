namespace ConseilsCitoyens.Bench;

/// <summary>The views that read every council: their cost grows with the programme, not with one council.</summary>
internal static class WholeProgramme
{
    public const string Report = "/report?year=2018";
    public const string Dashboard = "/tableau-de-bord?year=2018";

    public static readonly (string Name, string Path)[] Views = [("Programme report 2018", Report), ("Dashboard 2018", Dashboard)];
}
