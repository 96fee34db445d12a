namespace ConseilsCitoyens.Bench;

/// <summary>--name value pairs.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        return new Options(values);
    }

    public string? Find(string name) => values.GetValueOrDefault(name);

    public string Get(string name, string? fallback = null) =>
        Find(name) ?? fallback ?? throw new ArgumentException($"--{name} is required");
}
