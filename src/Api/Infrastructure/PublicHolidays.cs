using ConseilsCitoyens.Domain.Calendar;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>Reads the public holidays (metropolitan France) from Data/jours-feries-metropole.csv: `date;nom`.</summary>
internal static class PublicHolidays
{
    public static WorkingCalendar LoadCalendar(string path) => new(File.ReadLines(path).Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split(';', 2))
        .Select(cells => new PublicHoliday(LocalDatePattern.Iso.Parse(cells[0]).GetValueOrThrow(), cells[1].Trim())));

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "jours-feries-metropole.csv");

    /// <summary>The calendar of <see cref="DefaultPath"/>, read once: the service's, and the reports' (meetings on non-working days).</summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    private static readonly Lazy<WorkingCalendar> DefaultCalendar = new(() => LoadCalendar(DefaultPath));
}
