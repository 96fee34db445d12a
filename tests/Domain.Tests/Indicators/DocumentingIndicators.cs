using ConseilsCitoyens.Domain.Indicators;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

/// <summary>docs/indicators.md lists every indicator with its current version: a new or revised definition cannot leave it behind.</summary>
public class DocumentingIndicators
{
    private static string Page()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (Path.Combine(folder.FullName, "docs", "indicators.md") is var path && File.Exists(path))
                return File.ReadAllText(path);
        throw new FileNotFoundException("docs/indicators.md, above the test's folder");
    }

    [Fact]
    public void Every_indicator_has_its_row_with_its_version()
    {
        var rows = Page().Split('\n')
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 5 && cells[1].StartsWith('`'))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[4]);

        Assert.All(IndicatorDefinitions.All, d => Assert.Equal(d.Version.ToString(), rows.GetValueOrDefault(d.Id)));
        Assert.Equal(IndicatorDefinitions.All.Select(d => d.Id).Order(), rows.Keys.Order());
    }
}
