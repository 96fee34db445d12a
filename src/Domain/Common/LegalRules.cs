namespace ConseilsCitoyens.Domain.Common;

/// <param name="Text">The rule as a French reader finds it in the law's texts (DOMAIN.md §3), without the dates it applies on.</param>
/// <param name="Kind">How the software holds it, in French: refused (impérative), accepted with a warning (souple), or followed.</param>
/// <param name="Source">The texts it comes from.</param>
public sealed record LegalRule(int Number, string Text, string Kind, string Source);

/// <summary>
/// The law's rules by the number every compliance warning carries (ComplianceWarningRecorded.Rule),
/// written once in French for the documents that cite them; when each applies is Law's business.
/// </summary>
public static class LegalRules
{
    private const string Lamy = "loi n° 2014-173 du 21 février 2014, article 7 ; cadre de référence des conseils citoyens (CGET, juin 2014)";
    private const string Decrees = "jusqu'au 17 novembre 2024 ; décrets n° 2024-1036 et 2024-1037 du 15 novembre 2024";

    public static readonly IReadOnlyList<LegalRule> All =
    [
        new(1, "Un conseil citoyen couvre un ou plusieurs quartiers prioritaires de la politique de la ville (plusieurs depuis la circulaire du 2 février 2017).",
            "impérative", Lamy + " ; circulaire du 2 février 2017"),
        new(2, "Chaque membre appartient à un seul collège : habitants, ou associations et acteurs locaux.", "impérative", Lamy),
        new(3, "Un membre du collège habitants réside dans l'un des quartiers du conseil ; quitter le quartier met fin au mandat.", "impérative", Lamy),
        new(4, "Les habitants sont issus d'un tirage au sort enregistré sur plusieurs listes ; des volontaires peuvent compléter, mais un conseil n'est jamais composé de seuls volontaires.",
            $"impérative {Decrees}, souple ensuite", Lamy),
        new(5, "Le tirage au sort respecte la parité entre les femmes et les hommes parmi les habitants.", $"impérative {Decrees}", Lamy),
        new(6, "Les habitants représentent au moins la moitié des membres.", "souple", Lamy),
        new(7, "Un conseil compte de préférence de 15 à 50 membres ; un petit groupe de départ est admis.", "souple", "circulaire du 2 février 2017"),
        new(8, "Aucun élu n'est membre ; les membres du collège associations et acteurs locaux n'ont pas de lien direct avec une institution siégeant déjà dans les instances du contrat de ville.",
            "impérative (élus), souple (liens)", Lamy),
        new(9, "La composition est reconnue par un arrêté préfectoral, après consultation du maire et de l'EPCI ; le préfet peut désigner une structure porteuse.",
            $"impérative {Decrees}", Lamy),
        new(10, "Le conseil se constitue en association ou est porté par une personne morale existante ; un portage municipal est admis au démarrage.", "état suivi ; souple pour un portage municipal au-delà du démarrage", Lamy),
        new(11, "La durée des mandats et les règles de remplacement sont fixées par chaque contrat de ville ; une liste de suppléants est tenue ; épuisée, elle donne lieu à un nouveau tirage ; des absences répétées sans motif justifient un remplacement.",
            "paramètres", Lamy),
        new(12, "Le conseil est représenté dans toutes les instances de pilotage du contrat de ville, y compris celles du renouvellement urbain : une séance sans représentant du conseil est un manquement à signaler.",
            "souple", Lamy),
        new(13, "Interpellation : le conseil saisit le préfet, qui transmet au maire, à l'EPCI et aux signataires ; si elle est fondée, un diagnostic et des actions vont au comité de pilotage du contrat de ville, puis un débat est inscrit à l'ordre du jour du conseil municipal ; puis la procédure est close.",
            "procédure suivie", "loi n° 2017-86 du 27 janvier 2017 (en vigueur le 29 janvier 2017)"),
        new(14, "Un avis ou une proposition consigne la position majoritaire et, sans consensus, les positions divergentes.", "forme des données", Lamy),
        new(15, "Le conseil adopte un règlement intérieur ou une charte (versionnés).", "souple", Lamy),
        new(16, "Le conseil est indépendant : il fixe son ordre du jour ; l'animateur accompagne, il ne décide pas.", "suivie (indicateurs d'autonomie)", Lamy),
    ];

    /// <returns>The rule of that number, or null for a number the law does not have.</returns>
    public static LegalRule? Find(int number) => All.FirstOrDefault(r => r.Number == number);
}
