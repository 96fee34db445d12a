using ConseilsCitoyens.Domain.Conventions;

namespace ConseilsCitoyens.Domain.Indicators;

/// <param name="Definition">What is counted, from which events, over which period, per which unit — in French, as published.</param>
/// <param name="Version">Raised whenever the definition changes meaning, so that two figures can be told apart.</param>
/// <param name="Reported">False while the reporting view does not compute it yet.</param>
public sealed record IndicatorDefinition(string Id, string Label, string Definition, string Unit, int Version, bool Reported = true);

/// <summary>
/// The one place where each indicator's meaning is written (DOMAIN.md §5). The period is the
/// report's, bounds included; its "date de fin" is its last day, or the "as of" date when earlier.
/// </summary>
public static class IndicatorDefinitions
{
    private const string AtEnd = "à la date de fin de la période";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(IndicatorIds.Members, "Membres",
            $"Nombre de membres siégeant au conseil {AtEnd} : arrivés (MemberJoined, date d'arrivée) au plus tard ce jour-là et non partis (MemberLeft, date de départ) avant ou ce jour-là. Par conseil ; somme sur les conseils du périmètre.",
            "membres", 1),
        new(IndicatorIds.MembersResidents, "Membres du collège habitants",
            $"Nombre de membres du collège habitants siégeant {AtEnd} (mêmes règles que « Membres »).",
            "membres", 1),
        new(IndicatorIds.MembersLocalActors, "Membres du collège associations et acteurs locaux",
            $"Nombre de membres du collège associations et acteurs locaux siégeant {AtEnd} (mêmes règles que « Membres »).",
            "membres", 1),
        new(IndicatorIds.ResidentsShare, "Part des habitants",
            $"Membres du collège habitants divisés par l'ensemble des membres siégeant {AtEnd} ; vide s'il n'y a aucun membre. Règle 6 : au moins la moitié.",
            "proportion (0 à 1)", 1),
        new(IndicatorIds.ParityResidents, "Parité parmi les habitants",
            $"Part des femmes parmi les membres du collège habitants siégeant {AtEnd} (0,5 = parité) ; vide s'il n'y a aucun habitant. Le genre est celui déclaré à l'arrivée (MemberJoined). Détail : le nombre d'habitants par genre (female, male). Dans les exports (CSV, données ouvertes), la valeur et le détail sont couverts par le secret statistique quand l'un de ces nombres est compris entre 1 et le seuil de diffusion moins 1 (5 par défaut).",
            "proportion de femmes (0 à 1)", 1),
        new(IndicatorIds.DrawnShare, "Part des habitants tirés au sort",
            $"Part des membres du collège habitants siégeant {AtEnd} dont l'origine est le tirage au sort (tirés au sort ou suppléants appelés) ; le reste sont des volontaires ou désignés. Vide s'il n'y a aucun habitant.",
            "proportion (0 à 1)", 1),
        new(IndicatorIds.MembersJoined, "Arrivées",
            "Nombre d'arrivées de membres (MemberJoined) dont la date d'arrivée tombe dans la période, tous collèges.",
            "arrivées", 1),
        new(IndicatorIds.Turnover, "Renouvellement (départs)",
            "Nombre de départs de membres (MemberLeft : démission, déménagement hors du quartier, absences répétées, fin de mandat, décès) dont la date de départ tombe dans la période, tous collèges. Les mandats que la dissolution du conseil termine (motif councilDissolved) n'en sont pas : le conseil prend fin, ses membres ne sont pas renouvelés.",
            "départs", 2),
        new(IndicatorIds.MeetingsHeld, "Réunions tenues",
            "Nombre de réunions du conseil (tous types : plénière, bureau, groupe de travail, réunion publique) tenues (MeetingHeld) à une date comprise dans la période. Les réunions annulées ou seulement prévues ne comptent pas.",
            "réunions", 1),
        new(IndicatorIds.MeetingsPerCouncil, "Réunions par conseil",
            "Réunions tenues dans la période (voir « Réunions tenues ») divisées par le nombre de conseils du périmètre existant à la date de fin de la période.",
            "réunions par conseil", 1),
        new(IndicatorIds.AttendanceRate, "Taux de présence",
            "Pour les réunions tenues dans la période dont la feuille de présence est enregistrée (AttendanceRecorded, la dernière remplaçant les précédentes) : nombre total de présents divisé par le nombre total de membres attendus, c'est-à-dire les membres inscrits sur les feuilles (présents, excusés et absents) et les membres siégeant au conseil le jour de la réunion que la feuille ne nomme pas, comptés absents. Vide sans feuille de présence.",
            "proportion (0 à 1)", 2),
        new(IndicatorIds.MeetingsConvenedByMembersShare, "Réunions convoquées par des membres",
            "Part des réunions tenues dans la période convoquées (MeetingPlanned) par un membre du conseil plutôt que par l'animateur. Vide sans réunion tenue. Indicateur d'autonomie.",
            "proportion (0 à 1)", 1),
        new(IndicatorIds.MeetingsChairedByMembersShare, "Réunions présidées par des membres",
            "Part des réunions tenues dans la période présidées (MeetingHeld) par un membre du conseil plutôt que par l'animateur. Vide sans réunion tenue. Indicateur d'autonomie.",
            "proportion (0 à 1)", 1),
        new(IndicatorIds.AgendaItemsByMembersShare, "Points d'ordre du jour proposés par des membres",
            "Parmi les points d'ordre du jour (AgendaItemAdded) des réunions tenues dans la période, part de ceux proposés par un membre du conseil (plutôt que par l'animateur ou un partenaire). Vide sans point d'ordre du jour. Indicateur d'autonomie.",
            "proportion (0 à 1)", 1),
        new(IndicatorIds.SteeringSessions, "Séances des instances de pilotage",
            "Nombre de séances des instances de pilotage du contrat de ville enregistrées pour le conseil (SteeringSessionRecorded) tenues à une date comprise dans la période.",
            "séances", 1),
        new(IndicatorIds.SteeringSessionsWithRepresentative, "Séances avec un représentant du conseil",
            "Nombre de séances des instances de pilotage tenues dans la période où au moins un membre du conseil était présent, selon la participation enregistrée en dernier (SteeringSessionRecorded, corrigée par SteeringParticipationCorrected). Règle 12.",
            "séances", 1),
        new(IndicatorIds.ProposalsFiled, "Avis et propositions déposés",
            "Nombre d'avis et de propositions du conseil (ProposalFiled) déposés à une date comprise dans la période, y compris ceux retirés depuis.",
            "avis et propositions", 1),
        new(IndicatorIds.ProposalsAnswered, "Avis et propositions ayant reçu une réponse",
            "Nombre d'avis et de propositions ayant reçu une réponse (ProposalAnswered) à une date comprise dans la période, quelle que soit leur date de dépôt.",
            "réponses", 1),
        new(IndicatorIds.AnswerDelayDaysMedian, "Délai médian de réponse",
            "Médiane, sur les avis et propositions ayant reçu une réponse dans la période, du nombre de jours calendaires entre le dépôt (ProposalFiled) et la réponse (ProposalAnswered) ; moyenne des deux valeurs centrales pour un nombre pair. Vide sans réponse.",
            "jours calendaires", 1),
        new(IndicatorIds.InterpellationsByStage, "Interpellations par étape",
            "Nombre d'interpellations du préfet saisies (InterpellationReferred) au plus tard à la date de fin de la période, ventilées selon l'étape atteinte à cette date : saisie, transmission, examen approfondi, débat, clôture (règle 13).",
            "interpellations", 1),
        new(IndicatorIds.InitiativesLaunched, "Initiatives lancées",
            "Nombre d'initiatives portées par le conseil (InitiativeLaunched) lancées à une date comprise dans la période.",
            "initiatives", 1),
        new(IndicatorIds.InitiativesSupported, "Initiatives soutenues",
            "Nombre d'initiatives du conseil ayant reçu au moins un soutien (InitiativeSupported : méthodologique, logistique ou financier) daté dans la période.",
            "initiatives", 1),
        new(IndicatorIds.FundsObtainedCents, "Financements obtenus",
            "Somme des montants des soutiens financiers (InitiativeSupported) datés dans la période, pour les initiatives du conseil.",
            "centimes d'euro", 1),
        new(IndicatorIds.ComplianceWarnings, "Alertes de conformité",
            "Nombre d'alertes de conformité (ComplianceWarningRecorded : règle souple du cadre légal non respectée, commande acceptée) concernant le conseil et datées dans la période, quel que soit le flux (conseil, réunion, séance de pilotage…), ventilées par numéro de règle.",
            "alertes", 1),
        new(IndicatorIds.ResidentsReached, "Habitants éloignés touchés",
            "Somme des habitants éloignés de la participation touchés (MobilisationRecorded, journal d'activité des animateurs) par les actions de mobilisation datées dans la période, pour les conseils du périmètre (le conseil que nomme l'action) ; une action annulée (ActivityEntryCancelled) ne compte dans aucune période : l'annulation corrige une saisie erronée à la date de l'action. Un habitant touché deux fois compte deux fois.",
            "habitants", 3),
        new(IndicatorIds.Immersions, "Immersions",
            "Nombre d'immersions des animateurs auprès des partenaires et acteurs locaux (ImmersionRecorded) datées dans la période. Indicateur du programme seulement : vide pour un conseil ou un arrondissement (une immersion ne relève d'aucun conseil).",
            "immersions", 2),
        new(IndicatorIds.RoadmapActionsDone, "Actions de feuille de route réalisées",
            "Nombre d'actions des feuilles de route des animateurs pour les conseils du périmètre marquées réalisées (RoadmapActionDone) à une date comprise dans la période.",
            "actions", 2),
        new(IndicatorIds.TrainingHours, "Heures de formation",
            "Somme des heures de formation suivies par l'équipe, animateurs et coordinateur (TrainingCompleted), datées dans la période. Indicateur du programme seulement : vide pour un conseil ou un arrondissement.",
            "heures", 2),
    ];

    public static IndicatorDefinition Of(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No written definition.");
}
