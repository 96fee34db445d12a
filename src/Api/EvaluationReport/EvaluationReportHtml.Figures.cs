using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Roadmaps;
using static ConseilsCitoyens.Api.Dashboard.FrenchFigures;

namespace ConseilsCitoyens.Api.EvaluationReport;

internal sealed partial class EvaluationReportHtml
{
    private void Summary()
    {
        _html.Append("<section id=\"synthese\">\n<h2>2. Synthèse : cibles et résultats</h2>\n");
        _html.Append("<p>Chaque cible de la convention en vigueur à la date du rapport, la valeur de l'indicateur sur l'année de convention (arrêtée à cette date pour l'année en cours), l'écart (valeur − cible) et le taux d'atteinte (valeur ÷ cible ; pour un délai, un taux inférieur à 100 % est favorable).</p>\n");
        var targets = Rows(D.Summary);
        if (targets.Count == 0)
            _html.Append("<p>Aucune cible n'est fixée pour l'ensemble du dispositif sur cette période.</p>\n");
        foreach (var family in IndicatorFamilies.All)
        {
            var rows = targets.Where(r => r.Target.Family == family.Id).ToArray();
            if (rows.Length == 0)
                continue;
            _html.Append($"<h3>{E(family.Title)}</h3>\n");
            TargetTable(rows, "programme");
            AttainmentChart.Write(_html, "atteinte-" + family.Id, $"{family.Title} : taux d'atteinte des cibles",
                rows.Select(r => new AttainmentChart.Row($"Année {r.Year.Number} · {r.Target.Label}", r.Target.Attainment,
                    $"Année {r.Year.Number}, {r.Target.Label} : valeur {Value(r.Target)}, cible {InUnit(r.Target.Target, r.Target.Unit)}, taux d'atteinte {Percent(r.Target.Attainment)}"))
                    .ToArray());
        }
        foreach (var scope in D.ScopedSummaries)
        {
            _html.Append($"<h3>Cibles propres — {E(scope.Name)}</h3>\n");
            TargetTable(Rows(scope.Years), scope.Scope);
        }
        _html.Append("</section>\n");
    }

    /// <summary>The targets year by year, in the families' order.</summary>
    private static IReadOnlyList<(YearSummary Year, TargetFigure Target)> Rows(IReadOnlyList<YearSummary> years) =>
        years.SelectMany(y => y.Targets.Select(t => (Year: y, Target: t)))
            .OrderBy(r => IndicatorFamilies.All.ToList().FindIndex(f => f.Id == r.Target.Family)).ThenBy(r => r.Year.Number)
            .ToArray();

    private void TargetTable(IReadOnlyList<(YearSummary Year, TargetFigure Target)> rows, string scope)
    {
        _html.Append("<table class=\"cibles\">\n<thead><tr><th>Année</th><th>Indicateur</th><th>Cible</th><th>Valeur</th><th>Écart</th><th>Taux d'atteinte</th></tr></thead>\n<tbody>\n");
        foreach (var (year, t) in rows)
            _html.Append($"<tr data-perimetre=\"{E(scope)}\" data-annee=\"{year.Number}\" data-indicateur=\"{E(t.IndicatorId)}\" data-cible=\"{Inv(t.Target)}\" data-valeur=\"{Inv(t.Value)}\" data-ecart=\"{Inv(t.Gap)}\" data-atteinte=\"{Inv(t.Attainment)}\">")
                .Append($"<td>Année {year.Number}{(year.State == ConventionYearState.Running ? " (en cours)" : "")}</td>")
                .Append($"<td><a href=\"#def-{E(t.IndicatorId)}\">{E(t.Label)}</a></td>")
                .Append($"<td class=\"n\">{E(InUnit(t.Target, t.Unit))}<br><span class=\"note\">depuis le {E(Day(t.TargetSince))}</span></td>")
                .Append($"<td class=\"n\">{E(Value(t))}</td><td class=\"n\">{E(Gap(t.Gap, t.Unit))}</td><td class=\"n\">{E(Percent(t.Attainment))}</td></tr>\n");
        _html.Append("</tbody>\n</table>\n");
    }

    private static string Value(TargetFigure t) => t.Secret ? "secret statistique" : InUnit(t.Value, t.Unit);

    private void Councils()
    {
        var councils = D.Councils;
        _html.Append("<section id=\"conseils\">\n<h2>3. Les conseils</h2>\n");
        _html.Append($"<p>{E(Count(councils.Annexes.Count, "conseil", "conseils"))} sur {E(PeriodName)} : d'abord l'ensemble des conseils (effectifs additionnés, taux calculés sur l'ensemble), puis une annexe par conseil.</p>\n");
        _html.Append("<h3>Ensemble des conseils</h3>\n");
        Indicators(councils.Totals, IndicatorSubject.Councils, "total");
        _html.Append("<h4>Par trimestre : présence, pilotage et autonomie</h4>\n");
        Quarters(councils.Quarters);
        _html.Append("</section>\n");
        foreach (var annex in councils.Annexes)
        {
            _html.Append($"<section class=\"annexe\" id=\"conseil-{annex.CouncilId}\">\n<h3>Annexe — conseil {E(annex.Name)}</h3>\n<dl class=\"fiche\">\n");
            Field("Arrondissements", annex.Arrondissements.Count == 0 ? "—" : string.Join(", ", annex.Arrondissements));
            Field("Créé le", Day(annex.CreatedOn));
            Field($"Animation au {Day(D.Period.AsOf)}", annex.Vacant ? "poste vacant" : "assurée");
            Field("Feuille de route", Roadmap(annex.Roadmaps));
            _html.Append("</dl>\n");
            Indicators(annex.Values, IndicatorSubject.Councils, annex.CouncilId.ToString());
            _html.Append("<h4>Par trimestre</h4>\n");
            Quarters(annex.Quarters);
            _html.Append("</section>\n");
        }
    }

    private void Programme()
    {
        var p = D.Programme;
        _html.Append("<section id=\"dispositif\">\n<h2>4. Le travail du dispositif</h2>\n");
        _html.Append($"<h3>L'équipe au {E(Day(D.Period.AsOf))}</h3>\n<dl class=\"fiche\">\n");
        Field("Animateurs", p.Team.GetValueOrDefault("facilitator").ToString(French));
        Field("Coordination", p.Team.GetValueOrDefault("coordinator").ToString(French));
        var names = D.Councils.Annexes.ToDictionary(a => a.CouncilId, a => a.Name);
        Field("Conseils sans animateur", p.Vacancies.Count == 0 ? "aucun" : string.Join(", ", p.Vacancies.Select(id => names[id])));
        _html.Append("</dl>\n<h3>Formations, immersions, mobilisation et feuilles de route</h3>\n");
        Indicators(p.Values, IndicatorSubject.Programme, "dispositif");
        ProgrammeByCouncil();
        _html.Append($"<h3>Actions des feuilles de route au {E(Day(D.Period.AsOf))}</h3>\n");
        Table(["Statut", "Actions"], [
            ["prévues", p.Roadmaps.Planned.ToString(French)], ["en cours", p.Roadmaps.InProgress.ToString(French)],
            ["réalisées", p.Roadmaps.Done.ToString(French)], ["abandonnées", p.Roadmaps.Dropped.ToString(French)],
            ["en retard", p.Roadmaps.Overdue.ToString(French)],
        ], "feuilles-de-route");
        _html.Append($"<h3>Diagnostics de territoire en vigueur au {E(Day(D.Period.AsOf))}</h3>\n");
        if (p.Diagnostics.Count == 0)
            _html.Append("<p>Aucun diagnostic publié à cette date.</p>\n");
        else
            Table(["Quartier", "Version en vigueur", "Publiée le", "Priorités"], p.Diagnostics.Select(d => new[]
            {
                d.QuartierCode, d.VersionInForce.ToString(French), Day(d.PublishedOn), d.Priorities.ToString(French),
            }));
        _html.Append("</section>\n");
    }

    /// <summary>The programme's indicators that a council also has (residents reached, its roadmap's actions…), council by council.</summary>
    private void ProgrammeByCouncil()
    {
        var annexes = D.Councils.Annexes;
        var columns = D.Programme.Values
            .Where(v => annexes.Any(a => a.Values.Single(x => x.Id == v.Id).Value is not null))
            .ToArray();
        if (columns.Length == 0 || annexes.Count == 0)
            return;
        _html.Append("<h4>Par conseil</h4>\n");
        Table(["Conseil", .. columns.Select(c => c.Label)], annexes.Select(a => (IReadOnlyList<string>)
        [
            a.Name, .. columns.Select(c => a.Values.Single(x => x.Id == c.Id) is var v && v.Secret ? "secret statistique" : InUnit(v.Value, v.Unit)),
        ]));
    }

    /// <summary>The indicators of one subject, family by family: value in its unit, its parts, its definition's version.</summary>
    private void Indicators(IReadOnlyList<IndicatorValueResponse> values, IndicatorSubject subject, string scope)
    {
        _html.Append($"<table class=\"indicateurs\" data-perimetre=\"{E(scope)}\">\n<thead><tr><th>Indicateur</th><th>Valeur</th><th>Détail</th></tr></thead>\n<tbody>\n");
        foreach (var family in IndicatorFamilies.All.Where(f => f.Subject == subject))
        {
            _html.Append($"<tr><th colspan=\"3\">{E(family.Title)}</th></tr>\n");
            foreach (var v in values.Where(v => family.Indicators.Contains(v.Id)))
                _html.Append($"<tr data-indicateur=\"{E(v.Id)}\" data-valeur=\"{Inv(v.Value)}\"><td><a href=\"#def-{E(v.Id)}\">{E(v.Label)}</a></td>")
                    .Append($"<td class=\"n\">{E(v.Secret ? "secret statistique" : InUnit(v.Value, v.Unit))}</td><td>{E(Parts(v.Breakdown))}</td></tr>\n");
        }
        _html.Append("</tbody>\n</table>\n");
    }

    private void Quarters(IReadOnlyList<QuarterFigures> quarters)
    {
        if (quarters.Count == 0)
        {
            _html.Append("<p>Aucun trimestre écoulé.</p>\n");
            return;
        }
        Table(["Trimestre", "Réunions tenues", "Taux de présence", "Séances de pilotage", "dont avec un représentant", "Réunions convoquées par des membres",
            "Réunions présidées par des membres", "Points d'ordre du jour proposés par des membres"], quarters.Select(q => new[]
        {
            $"T{q.Quarter[^1]} {q.Quarter[..4]}", q.MeetingsHeld.ToString(French), Percent(q.AttendanceRate), q.SteeringSessions.ToString(French),
            q.SteeringSessionsWithRepresentative.ToString(French), Percent(q.MeetingsConvenedByMembersShare), Percent(q.MeetingsChairedByMembersShare),
            Percent(q.AgendaItemsByMembersShare),
        }));
    }

    private static string Roadmap(RoadmapStatusCounts c) =>
        $"{c.Planned.ToString(French)} prévues, {c.InProgress.ToString(French)} en cours, {c.Done.ToString(French)} réalisées, " +
        $"{c.Dropped.ToString(French)} abandonnées, {c.Overdue.ToString(French)} en retard";

    /// <summary>The parts of a split indicator (by gender, by stage, by rule) in French.</summary>
    private static string Parts(IReadOnlyDictionary<string, int>? breakdown) => breakdown is null ? "" : string.Join(", ", breakdown.Select(p =>
        $"{PartNames.GetValueOrDefault(p.Key) ?? (p.Key.StartsWith("rule-", StringComparison.Ordinal) ? "règle " + p.Key[5..] : p.Key)} : {p.Value.ToString(French)}"));

    private static readonly Dictionary<string, string> PartNames = new(StringComparer.Ordinal)
    {
        ["female"] = "femmes", ["male"] = "hommes", ["under30"] = "moins de 30 ans", ["thirtyOrOver"] = "30 ans et plus",
        ["resignation"] = "démission", ["movedOutOfQuartier"] = "déménagement hors du quartier", ["repeatedUnjustifiedAbsence"] = "absences répétées",
        ["endOfMandate"] = "fin de mandat", ["death"] = "décès", ["councilDissolved"] = "dissolution du conseil",
        ["accepted"] = "acceptations", ["refused"] = "refus",
        ["plenary"] = "plénières", ["bureau"] = "bureaux", ["workingGroup"] = "groupes de travail", ["publicMeeting"] = "réunions publiques",
        ["weekend"] = "week-end", ["publicHoliday"] = "jour férié",
        ["referred"] = "saisine", ["transmitted"] = "transmission", ["escalated"] = "examen approfondi", ["debated"] = "débat", ["closed"] = "clôture",
    };
}
