using System.Net;
using System.Text;

namespace ConseilsCitoyens.Api.Tests.Quartiers;

// Lists written for the tests; codes of département 999 are visibly fictional.
public class ImportingQuartiers(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Map2015 = "/quartiers/imports?generation=qpv2015&validFrom=2015-01-01";
    private const string List = "code_qp;nom_qp;insee_com\nQP999001;Quartier un;75118\nQP999002;Quartier deux;75119\n";

    private async Task<Answer> Import(string url, byte[] file)
    {
        using var client = Fixture.Client();
        using var content = new ByteArrayContent(file) { Headers = { { "Content-Type", "text/csv" } } };
        using var response = await client.PostAsync(url, content);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), null, null,
            response.Content.Headers.ContentType?.MediaType);
    }

    private Task<Answer> Import(string url, string file) => Import(url, Encoding.UTF8.GetBytes(file));

    [Fact]
    public async Task An_official_list_adds_its_quartiers_and_a_second_import_changes_nothing()
    {
        var first = await Import(Map2015, List);
        var again = await Import(Map2015, List);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(2, first.Json.GetProperty("added").GetInt32());
        Assert.Equal(2, again.Json.GetProperty("unchanged").GetInt32());
        Assert.Equal("Quartier deux", (await Get("/quartiers/QP999002")).Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Configured_columns_comma_separated_renames_and_the_end_of_the_map()
    {
        await Import(Map2015, List);

        var answer = await Import(Map2015 + "&validUntil=2023-12-31&codeColumn=CODE&nameColumn=NOM&arrondissementColumn=COMMUNE",
            "\uFEFFCODE,NOM,COMMUNE\nQP999001,Quartier un renommé,75118\n");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal((1, 1), (answer.Json.GetProperty("renamed").GetInt32(), answer.Json.GetProperty("ended").GetInt32()));
        Assert.Equal("Quartier un renommé", (await Get("/quartiers/QP999001")).Json.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("code;nom_qp;insee_com\nQP999001;Un;75118\n", 1)]                                      // missing column
    [InlineData("code_qp;nom_qp;insee_com\nQP999001;Un;75118\nQP999001;Encore;75118\n", 3)]          // duplicate code
    [InlineData("code_qp;nom_qp;insee_com\nQP999001;Un;75118\nQN999001;Nouvelle carte;75118\n", 3)]  // both generations
    public async Task A_bad_file_is_refused_whole_with_its_lines_in_error(string file, int badLine)
    {
        var answer = await Import(Map2015, file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("import.rejected", answer.ProblemCode);
        Assert.Equal(badLine, answer.Json.GetProperty("lines")[0].GetProperty("line").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/quartiers/QP999001")).Status);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_naming_its_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("code_qp;nom_qp;insee_com\nQP999001;Quartier un;75118\nQP999002;Goutte d'Or fictive é;75118\n");

        var answer = await Import(Map2015, latin1);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(3, answer.Json.GetProperty("lines")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("/quartiers/imports?validFrom=2015-01-01")]
    [InlineData("/quartiers/imports?generation=qpv1990&validFrom=2015-01-01")]
    [InlineData("/quartiers/imports?generation=qpv2015&validFrom=2015-13-01")]
    public async Task Missing_or_malformed_settings_are_400_problems(string url) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Import(url, List)).Status);
}
