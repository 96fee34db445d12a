using ConseilsCitoyens.Api.Operations;
using NodaTime;

namespace ConseilsCitoyens.Api.Tests.Operations;

public class ChoosingTheExportYear
{
    [Fact]
    public void Without_a_year_the_export_reads_the_current_year_in_Paris()
    {
        // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Paris.
        Assert.Equal("2019", ExportInput.DefaultYear(Instant.FromUtc(2018, 12, 31, 23, 30)));
        Assert.Equal("2018", ExportInput.DefaultYear(Instant.FromUtc(2018, 12, 31, 22, 59)));
    }
}
