using ConseilsCitoyens.Domain.Conventions;

namespace ConseilsCitoyens.Domain.Indicators;

/// <param name="Definition">What is counted, from which events, over which period, per which unit — in French, as published.</param>
/// <param name="Scale">The unit and the values the indicator can take: what a target for it may be.</param>
/// <param name="Version">Raised whenever the definition changes meaning, so that two figures can be told apart.</param>
/// <param name="Reported">False while the reporting view does not compute it yet.</param>
public sealed record IndicatorDefinition(string Id, string Label, string Definition, IndicatorScale Scale, int Version, bool Reported = true)
{
    /// <summary>The unit as published (French).</summary>
    public string Unit => Scale.Unit;
}

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
            IndicatorScale.Count("membres"), 1),
        new(IndicatorIds.MembersResidents, "Membres du collège habitants",
            $"Nombre de membres du collège habitants siégeant {AtEnd} (mêmes règles que « Membres »).",
            IndicatorScale.Count("membres"), 1),
        new(IndicatorIds.MembersLocalActors, "Membres du collège associations et acteurs locaux",
            $"Nombre de membres du collège associations et acteurs locaux siégeant {AtEnd} (mêmes règles que « Membres »).",
            IndicatorScale.Count("membres"), 1),
        new(IndicatorIds.ResidentsShare, "Part des habitants",
            $"Membres du collège habitants divisés par l'ensemble des membres siégeant {AtEnd} ; vide s'il n'y a aucun membre. Règle 6 : au moins la moitié.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.ParityResidents, "Parité parmi les habitants",
            $"Part des femmes parmi les membres du collège habitants siégeant {AtEnd} (0,5 = parité) ; vide s'il n'y a aucun habitant. Le genre est celui déclaré à l'arrivée (MemberJoined). Détail : le nombre d'habitants par genre (female, male). Dans les exports (CSV, données ouvertes), la valeur et le détail sont couverts par le secret statistique quand l'un de ces nombres est compris entre 1 et le seuil de diffusion moins 1 (5 par défaut).",
            IndicatorScale.Proportion("proportion de femmes (0 à 1)"), 1),
        new(IndicatorIds.DrawnShare, "Part des habitants tirés au sort",
            $"Part des membres du collège habitants siégeant {AtEnd} dont l'origine est le tirage au sort (tirés au sort ou suppléants appelés) ; le reste sont des volontaires ou désignés. Vide s'il n'y a aucun habitant.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.YouthShare, "Part des jeunes",
            $"Parmi les membres siégeant {AtEnd} dont la tranche d'âge à l'arrivée est connue, part de ceux qui avaient moins de 30 ans l'année de leur arrivée (année d'arrivée moins année de naissance inférieure à 30) ; vide si aucune n'est connue. Détail : under30, thirtyOrOver. L'année de naissance est une donnée personnelle effaçable qui n'entre jamais dans le journal : seule la tranche d'âge, calculée à l'arrivée, est enregistrée avec l'arrivée (MemberJoined), comme le genre ; l'effacement des données personnelles d'un membre ne change donc pas cet indicateur. Un membre arrivé sans année de naissance n'est pas compté. Dans les exports, couvert par le secret statistique comme la parité.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.MembersJoined, "Arrivées",
            "Nombre d'arrivées de membres (MemberJoined) dont la date d'arrivée tombe dans la période, tous collèges.",
            IndicatorScale.Count("arrivées"), 1),
        new(IndicatorIds.Turnover, "Renouvellement (départs)",
            "Nombre de départs de membres (MemberLeft) dont la date de départ tombe dans la période, tous collèges. Détail par motif : resignation (démission), movedOutOfQuartier (déménagement hors du quartier), repeatedUnjustifiedAbsence (absences répétées), endOfMandate (fin de mandat), death (décès). Les mandats que la dissolution du conseil termine (motif councilDissolved) n'en sont pas : le conseil prend fin, ses membres ne sont pas renouvelés. Les remplacements et les nouveaux tirages sont comptés à part (« Remplacements », « Tirages au sort »).",
            IndicatorScale.Count("départs"), 2),
        new(IndicatorIds.Replacements, "Remplacements",
            "Nombre de membres arrivés dans la période à la place d'un membre parti (MemberJoined qui nomme le membre remplacé : suppléant appelé ou remplaçant), tous collèges.",
            IndicatorScale.Count("remplacements"), 1),
        new(IndicatorIds.DrawingsHeld, "Tirages au sort",
            "Nombre de tirages au sort (DrawingHeld) tenus à une date comprise dans la période pour les conseils du périmètre, premiers tirages comme nouveaux tirages après épuisement des suppléants.",
            IndicatorScale.Count("tirages"), 1),
        new(IndicatorIds.DrawingAcceptanceRate, "Taux d'acceptation du tirage au sort",
            "Parmi les réponses des candidats tirés au sort appelés (DrawnCandidateAccepted, DrawnCandidateRefused) datées dans la période, quel que soit le tirage, part des acceptations. Détail : accepted (acceptations), refused (refus). Vide sans réponse.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.MeetingsHeld, "Réunions tenues",
            "Nombre de réunions du conseil tenues (MeetingHeld) à une date comprise dans la période. Les réunions annulées ou seulement prévues ne comptent pas. Détail par type (celui de MeetingPlanned) : plenary (plénière), bureau, workingGroup (groupe de travail), publicMeeting (réunion publique).",
            IndicatorScale.Count("réunions"), 2),
        new(IndicatorIds.MeetingsOnNonWorkingDays, "Réunions tenues un week-end ou un jour férié",
            "Parmi les réunions tenues dans la période (voir « Réunions tenues »), celles tenues un samedi, un dimanche ou un jour férié de métropole (liste des jours fériés du programme). Détail : weekend, publicHoliday.",
            IndicatorScale.Count("réunions"), 1),
        new(IndicatorIds.MeetingsPerCouncil, "Réunions par conseil",
            "Réunions tenues dans la période (voir « Réunions tenues ») divisées par le nombre de conseils du périmètre ayant existé pendant la période : créés au plus tard à sa date de fin et non dissous au plus tard à sa date de début (un conseil dissous n'existe plus à partir du jour de sa dissolution). Vide sans conseil.",
            IndicatorScale.Quantity("réunions par conseil"), 2),
        new(IndicatorIds.AttendanceRate, "Taux de présence",
            "Pour les réunions tenues dans la période dont la feuille de présence est enregistrée (AttendanceRecorded, la dernière remplaçant les précédentes) : nombre total de présents divisé par le nombre total de membres attendus, c'est-à-dire les membres inscrits sur les feuilles (présents, excusés et absents) et les membres siégeant au conseil le jour de la réunion que la feuille ne nomme pas, comptés absents. Vide sans feuille de présence.",
            IndicatorScale.Proportion(), 2),
        new(IndicatorIds.MeetingsConvenedByMembersShare, "Réunions convoquées par des membres",
            "Part des réunions tenues dans la période convoquées (MeetingPlanned) par un membre du conseil plutôt que par l'animateur. Vide sans réunion tenue. Indicateur d'autonomie.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.MeetingsChairedByMembersShare, "Réunions présidées par des membres",
            "Part des réunions tenues dans la période présidées (MeetingHeld) par un membre du conseil plutôt que par l'animateur. Vide sans réunion tenue. Indicateur d'autonomie.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.AgendaItemsByMembersShare, "Points d'ordre du jour proposés par des membres",
            "Parmi les points d'ordre du jour (AgendaItemAdded) des réunions tenues dans la période, part de ceux proposés par un membre du conseil (plutôt que par l'animateur ou un partenaire). Vide sans point d'ordre du jour. Indicateur d'autonomie.",
            IndicatorScale.Proportion(), 1),
        new(IndicatorIds.SteeringSessions, "Séances des instances de pilotage",
            "Nombre de séances des instances de pilotage du contrat de ville tenues à une date comprise dans la période (SteeringSessionHeld ; SteeringSessionRecorded avant les séances partagées) auxquelles participe au moins un conseil du périmètre. Une séance commune à plusieurs conseils compte une fois pour le périmètre, quel que soit le nombre de ses conseils.",
            IndicatorScale.Count("séances"), 2),
        new(IndicatorIds.SteeringSessionsWithRepresentative, "Séances avec un représentant du conseil",
            "Nombre de séances des instances de pilotage tenues dans la période où au moins un membre d'au moins un conseil du périmètre était présent pour son conseil, selon la participation enregistrée en dernier (SteeringParticipationRecorded, corrigée par SteeringParticipationCorrected). Une séance commune compte une fois. Règle 12.",
            IndicatorScale.Count("séances"), 2),
        new(IndicatorIds.SteeringInvitations, "Invitations aux instances de pilotage",
            "Nombre de participations (une séance × un conseil du périmètre) aux séances tenues dans la période où le conseil était invité, selon la participation enregistrée en dernier. Une séance commune à deux conseils du périmètre compte deux participations. Règle 12.",
            IndicatorScale.Count("participations (séance × conseil)"), 1),
        new(IndicatorIds.SteeringPresences, "Présences aux instances de pilotage",
            "Nombre de participations (une séance × un conseil du périmètre) aux séances tenues dans la période où au moins un représentant du conseil était présent, selon la participation enregistrée en dernier. Règle 12.",
            IndicatorScale.Count("participations (séance × conseil)"), 1),
        new(IndicatorIds.SteeringInterventions, "Prises de parole aux instances de pilotage",
            "Nombre de participations (une séance × un conseil du périmètre) aux séances tenues dans la période où le conseil a pris la parole, selon la participation enregistrée en dernier.",
            IndicatorScale.Count("participations (séance × conseil)"), 1),
        new(IndicatorIds.ProposalsFiled, "Avis et propositions déposés",
            "Nombre d'avis et de propositions du conseil (ProposalFiled) déposés à une date comprise dans la période, y compris ceux retirés depuis.",
            IndicatorScale.Count("avis et propositions"), 1),
        new(IndicatorIds.ProposalsAnswered, "Avis et propositions ayant reçu une réponse",
            "Nombre d'avis et de propositions ayant reçu une réponse (ProposalAnswered) à une date comprise dans la période, quelle que soit leur date de dépôt.",
            IndicatorScale.Count("réponses"), 1),
        new(IndicatorIds.AnswerDelayDaysMedian, "Délai médian de réponse",
            "Médiane, sur les avis et propositions ayant reçu une réponse dans la période, du nombre de jours calendaires entre le dépôt (ProposalFiled) et la réponse (ProposalAnswered) ; moyenne des deux valeurs centrales pour un nombre pair. Vide sans réponse.",
            IndicatorScale.Quantity("jours calendaires"), 1),
        new(IndicatorIds.InterpellationsByStage, "Interpellations par étape",
            "Nombre d'interpellations du préfet saisies (InterpellationReferred) au plus tard à la date de fin de la période, ventilées selon l'étape atteinte à cette date : saisie, transmission, examen approfondi, débat, clôture (règle 13).",
            IndicatorScale.Count("interpellations"), 1),
        new(IndicatorIds.InitiativesLaunched, "Initiatives lancées",
            "Nombre d'initiatives portées par le conseil (InitiativeLaunched) lancées à une date comprise dans la période.",
            IndicatorScale.Count("initiatives"), 1),
        new(IndicatorIds.InitiativesSupported, "Initiatives soutenues",
            "Nombre d'initiatives du conseil ayant reçu au moins un soutien (InitiativeSupported : méthodologique, logistique ou financier) daté dans la période.",
            IndicatorScale.Count("initiatives"), 1),
        new(IndicatorIds.FundsObtainedCents, "Financements obtenus",
            "Somme des montants des soutiens financiers (InitiativeSupported) datés dans la période, pour les initiatives du conseil.",
            IndicatorScale.Count("centimes d'euro"), 1),
        new(IndicatorIds.ComplianceWarnings, "Alertes de conformité",
            "Nombre d'alertes de conformité (ComplianceWarningRecorded : règle souple du cadre légal non respectée, commande acceptée) concernant le conseil et datées dans la période, quel que soit le flux (conseil, réunion, séance de pilotage…), ventilées par numéro de règle. La règle 12 est jugée sur la participation de chaque séance de pilotage telle que corrigée en dernier (SteeringParticipationCorrected) : une séance corrigée en « représenté » ne compte plus, une séance restée sans représentant compte une fois.",
            IndicatorScale.Count("alertes"), 2),
        new(IndicatorIds.ResidentsReached, "Habitants éloignés touchés",
            "Somme des habitants éloignés de la participation touchés (MobilisationRecorded, journal d'activité des animateurs) par les actions de mobilisation datées dans la période, pour les conseils du périmètre (le conseil que nomme l'action) ; une action annulée (ActivityEntryCancelled) ne compte dans aucune période : l'annulation corrige une saisie erronée à la date de l'action. Un habitant touché deux fois compte deux fois.",
            IndicatorScale.Count("habitants"), 3),
        new(IndicatorIds.Immersions, "Immersions",
            "Nombre d'immersions des animateurs auprès des partenaires et acteurs locaux (ImmersionRecorded) datées dans la période. Indicateur du programme seulement : vide pour un conseil ou un arrondissement (une immersion ne relève d'aucun conseil).",
            IndicatorScale.Count("immersions"), 2),
        new(IndicatorIds.RoadmapActionsDone, "Actions de feuille de route réalisées",
            "Nombre d'actions des feuilles de route des animateurs pour les conseils du périmètre marquées réalisées (RoadmapActionCompleted) à une date comprise dans la période.",
            IndicatorScale.Count("actions"), 2),
        new(IndicatorIds.TrainingHours, "Heures de formation",
            "Somme des heures de formation suivies par l'équipe, animateurs et coordinateur (TrainingCompleted), datées dans la période. Indicateur du programme seulement : vide pour un conseil ou un arrondissement.",
            IndicatorScale.Quantity("heures"), 2),
        new(IndicatorIds.DiagnosticsPublished, "Diagnostics de territoire",
            "Nombre de versions de diagnostic de territoire publiées (DiagnosticVersionPublished, première version ou mise à jour) à une date comprise dans la période, pour les quartiers des conseils du périmètre (tout code qu'un conseil a eu, sur l'une ou l'autre carte) ; un diagnostic de quartier commun à deux conseils compte une fois.",
            IndicatorScale.Count("diagnostics"), 1),
        new(IndicatorIds.CoverageDays, "Jours couverts par l'équipe",
            "Somme, sur les conseils du périmètre, des jours de la période où le conseil existait (créé, pas encore dissous : CouncilCreated, CouncilStatusChanged vers « dissous », ce jour-là exclu) et avait au moins un membre de l'équipe affecté (TeamMemberAssigned jusqu'à TeamMemberUnassigned ou au départ, ce jour-là exclu). Un jour couvert par deux personnes compte une fois. Mêmes règles que GET /councils/{id}/coverage jour par jour.",
            IndicatorScale.Count("jours (conseil × jour)"), 1),
        new(IndicatorIds.VacancyDays, "Jours de vacance",
            "Somme, sur les conseils du périmètre, des jours de la période où le conseil existait et n'avait aucun membre de l'équipe affecté (mêmes règles que « Jours couverts par l'équipe » et que GET /vacancies jour par jour). Avant sa création et à partir de sa dissolution, un conseil n'est ni couvert ni vacant.",
            IndicatorScale.Count("jours (conseil × jour)"), 1),
    ];

    public static IndicatorDefinition Of(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No written definition.");
}
