using FluentValidation;

namespace ConseilsCitoyens.Api.SteeringSessions;

internal static class RepresentativesRule
{
    private const int Most = 50;

    /// <summary>A council's representatives present at a session: member ids, none empty, at most 50.</summary>
    public static void Representatives<T>(this IRuleBuilder<T, IReadOnlyList<Guid>> rule) =>
        rule.NotNull()
            .Must(ids => ids.Count <= Most).WithMessage($"At most {Most} representatives.")
            .ForEach(id => id.NotEqual(Guid.Empty));
}
