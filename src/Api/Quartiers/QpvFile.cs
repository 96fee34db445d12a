using System.Text;
using ConseilsCitoyens.Domain.Quartiers;
using CsvHelper;

namespace ConseilsCitoyens.Api.Quartiers;

/// <summary>The columns to read in an official list: the ANCT's names by default.</summary>
public sealed record QpvColumns(string Code = "code_qp", string Name = "nom_qp", string Arrondissement = "insee_com");

/// <summary>
/// Reads an official QPV list: UTF-8 (with or without BOM), `;` or `,` separated, one header line.
/// A file in another encoding or without the expected columns is refused with the lines in error.
/// </summary>
public static class QpvFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<QpvRow> Read(byte[] content, QpvColumns columns)
    {
        var text = Decode(content);
        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true });
        csv.ReadHeader();
        if (csv.Headers.Count == 0)
            throw new QpvImportRejected([new QpvLineError(1, "", "The file has no header line.")]);

        var header = csv.Headers.ToArray();
        var missing = new[] { columns.Code, columns.Name, columns.Arrondissement }
            .Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (missing.Length > 0)
            throw new QpvImportRejected([new QpvLineError(1, "",
                $"Missing column(s): {string.Join(", ", missing)} (found: {string.Join(", ", header)}).")]);

        int Index(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var (code, name, arrondissement) = (Index(columns.Code), Index(columns.Name), Index(columns.Arrondissement));
        var rows = new List<QpvRow>();
        while (csv.Read())
            rows.Add(new QpvRow((int)csv.LineNumber, csv.GetString(code), csv.GetString(name), csv.GetString(arrondissement)));
        return rows;
    }

    private static string Decode(byte[] content)
    {
        var start = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var line = 1 + content.AsSpan(0, Math.Min(offset, content.Length)).Count((byte)'\n');
            throw new QpvImportRejected([new QpvLineError(line, "", "The file is not UTF-8 (save it as UTF-8 and import it again).")]);
        }
    }
}
