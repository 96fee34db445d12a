using ConseilsCitoyens.Api.Indicators;
using ConseilsCitoyens.Domain.Indicators;
using static ConseilsCitoyens.Api.Dashboard.FrenchFigures;

namespace ConseilsCitoyens.Api.EvaluationReport;

internal sealed partial class EvaluationReportHtml
{
    private void Compliance()
    {
        _html.Append("<section id=\"conformite\">\n<h2>5. Conformité au cadre légal</h2>\n");
        _html.Append("<p>Les règles souples du cadre légal ne bloquent pas l'enregistrement : chaque manquement est consigné comme avertissement de conformité à la date des faits. Voici chaque règle ayant reçu des avertissements datés dans la période, par conseil.</p>\n");
        if (D.Compliance.Count == 0)
            _html.Append("<p>Aucun avertissement de conformité dans la période.</p>\n");
        foreach (var rule in D.Compliance)
        {
            _html.Append($"<h3 id=\"regle-{rule.Rule}\">Règle {rule.Rule} — {E(Count(rule.Total, "avertissement", "avertissements"))}</h3>\n");
            _html.Append($"<blockquote>{E(rule.Text)}</blockquote>\n<p class=\"note\">Nature : {E(rule.Kind)}. Source : {E(rule.Source)}.</p>\n");
            Table(["Conseil", "Avertissements"], rule.Councils.Select(c => new[] { c.Name, c.Count.ToString(French) }));
        }
        _html.Append("</section>\n");
    }

    private void Method()
    {
        var provenance = D.Method.Provenance;
        _html.Append("<section id=\"methode\">\n<h2>6. Méthode et provenance des données</h2>\n");
        _html.Append("""
            <h3>Attribution des chiffres aux périodes et aux lieux</h3>
            <ul>
            <li>Chaque fait est daté par sa date métier (date de la réunion, d'arrivée d'un membre, de dépôt d'un avis…), non par la date de sa saisie ; une période inclut ses deux bornes. L'année en cours est arrêtée à la date du rapport.</li>
            <li>Un état (membres siégeant, étape d'une interpellation) est lu à la date de fin de la période ; un flux (réunions tenues, départs, financements) est compté sur les jours de la période.</li>
            <li>Un conseil compte dans chaque arrondissement de ses quartiers, sur l'une ou l'autre carte des quartiers prioritaires ; l'ensemble du dispositif additionne les conseils et calcule ses taux sur l'ensemble (pas une moyenne de taux).</li>
            <li>Les immersions et les formations de l'équipe ne relèvent d'aucun conseil : elles ne figurent qu'au niveau du dispositif.</li>
            <li>Chaque cible est celle en vigueur à la date du rapport (sa dernière fixation ou révision à cette date).</li>
            </ul>

            """);
        _html.Append($"<h3>Secret statistique</h3>\n<p>Un indicateur ventilé par genre dont une part compte de 1 à {E((D.Method.SuppressBelow - 1).ToString(French))} personnes est masqué en entier (valeur et détail), comme dans les exports : « secret statistique ». Zéro est publié. Seuil appliqué : {E(D.Method.SuppressBelow.ToString(French))} (paramètre <code>Exports:SuppressBelow</code>).</p>\n");
        _html.Append("<h3>Provenance</h3>\n<dl class=\"fiche\" id=\"provenance\">\n");
        Field("Données connues au", $"{Moment(provenance.KnownAt)}, soit {Iso(provenance.KnownAt)}{(provenance.AsKnownAt ? "" : " (instant de la lecture)")}");
        Field("Ville", D.City);
        Field("Dernier événement lu", $"numéro de séquence {provenance.LastSequence.ToString(French)} du journal");
        if (provenance.Checkpoint is { } sealing)
            Field("Point de contrôle de la chaîne d'audit", $"n° {sealing.Id.ToString(French)}, scellant le journal jusqu'à la séquence {sealing.UpToSequence.ToString(French)}, code HMAC-SHA-256 {sealing.Hash}");
        else
            Field("Point de contrôle de la chaîne d'audit", provenance.LatestCheckpoint is { } latest
                ? $"les derniers événements lus ne sont pas encore scellés ; dernier point de contrôle : n° {latest.Id.ToString(French)}, jusqu'à la séquence {latest.UpToSequence.ToString(French)}, code HMAC-SHA-256 {latest.Hash}"
                : "aucun point de contrôle : le journal n'est pas encore scellé");
        _html.Append("</dl>\n");
        var query = $"?{(D.Period.ConventionYear is { } y ? $"conventionYear={y}&" : "")}asOf={IsoDay(D.Period.AsOf)}&asKnownAt={Iso(provenance.KnownAt)}";
        var command = $"rapport --to rapport/{(D.Period.ConventionYear is { } n ? $" --convention-year {n}" : "")} --asOf {IsoDay(D.Period.AsOf)} --as-known-at {Iso(provenance.KnownAt)} --tenant {D.City}";
        _html.Append($"<p>Pour recalculer ce document à l'identique (mêmes chiffres, mêmes octets HTML et JSON), quels que soient les événements enregistrés depuis : <code>GET /evaluation/rapport{E(query)}</code>, ou en ligne de commande <code>{E(command)}</code>. La chaîne d'audit (<code>GET /audit/verification</code>, <code>audit-verify --anchor</code>) atteste que les événements lus n'ont pas été modifiés depuis leur scellement.</p>\n");
        _html.Append("<h3>Définitions des indicateurs</h3>\n<p>Telles que publiées sur la page des indicateurs (<code>/indicateurs</code>), avec la version appliquée.</p>\n");
        _html.Append(IndicatorsPageEndpoint.Definitions(IndicatorDefinitions.All, "def-"));
        _html.Append("</section>\n");
    }
}
