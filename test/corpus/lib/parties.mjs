// Suppliers and public buyers. Buyer SIRETs are drawn once from a fixed seed; the Ville de Saint-Étienne keeps its
// real SIRET (the extension's first public body).
import { createRng } from './random.mjs';
import { makeSiret } from './identifiers.mjs';

export const CITIES = [
  ['42000', 'Saint-Étienne'], ['42100', 'Saint-Étienne'], ['42700', 'Firminy'], ['42400', 'Saint-Chamond'], ['69003', 'Lyon'],
  ['69007', 'Lyon'], ['42170', 'Saint-Just-Saint-Rambert'], ['43000', 'Le Puy-en-Velay'], ['42600', 'Montbrison'],
  ['42300', 'Roanne'], ['63000', 'Clermont-Ferrand'], ['38000', 'Grenoble'], ['42160', 'Andrézieux-Bouthéon'],
];
export const STREETS = [
  'rue de la République', 'avenue de la Libération', 'rue Michelet', 'cours Fauriel', 'rue des Aciéries', 'boulevard Jules Janin',
  'rue Balay', 'place Jean Jaurès', 'rue du Onze Novembre', 'chemin des Mûriers', 'ZA du Clos Marquet', 'rue Paul Bert',
  'allée des Tilleuls', 'impasse des Forges', 'route de Lyon', 'quai Jean Moulin',
];

export const COMPANIES = [
  { name: 'Menuiserie Dubois', form: 'SARL', trade: 'btp', goods: ['Fourniture et pose porte chêne', 'Plinthes sapin', 'Main-d’œuvre menuiserie', 'Quincaillerie', 'Déplacement', 'Habillage tableau'] },
  { name: 'Plomberie Martin', form: 'EURL', trade: 'btp', goods: ['Remplacement chauffe-eau 200 L', 'Raccords cuivre', 'Main-d’œuvre plomberie', 'Mitigeur thermostatique', 'Déplacement'] },
  { name: 'Électricité Générale Roux', form: 'SAS', trade: 'btp', goods: ['Tableau électrique', 'Câblage 2,5 mm²', 'Heures électricien', 'Luminaires LED', 'Mise en conformité'] },
  { name: 'Nexa Conseil', form: 'SAS', trade: 'services', goods: ['Audit système d’information', 'Journée de conseil', 'Licence logicielle annuelle', 'Formation utilisateurs', 'Support technique'] },
  { name: 'Imprimerie du Forez', form: 'SA', trade: 'goods', goods: ['Affiches A2 quadri', 'Flyers A5 recto-verso', 'Brochures 16 pages', 'Reliure', 'Livraison'] },
  { name: 'Espaces Verts Chapuis', form: 'SARL', trade: 'btp', goods: ['Taille de haies', 'Tonte pelouse', 'Évacuation déchets verts', 'Plantation arbustes', 'Paillage'] },
  { name: 'Traiteur Le Gourmet Stéphanois', form: 'SAS', trade: 'food', goods: ['Buffet froid 50 couverts', 'Boissons sans alcool', 'Service en salle', 'Location vaisselle', 'Pièce montée'] },
  { name: 'Transports Giraud', form: 'SARL', trade: 'services', goods: ['Transport de mobilier', 'Manutention', 'Location véhicule 20 m³', 'Forfait péage', 'Emballage'] },
  { name: 'Bureau Pro Fournitures', form: 'SAS', trade: 'goods', goods: ['Ramettes papier A4', 'Cartouches d’encre', 'Classeurs', 'Fauteuil de bureau', 'Stylos (lot de 50)'] },
  { name: 'Forez Bâtiment', form: 'SAS', trade: 'btp', goods: ['Maçonnerie', 'Dalle béton', 'Enduit façade', 'Échafaudage', 'Évacuation gravats'] },
  { name: 'Librairie de Paris', form: 'SARL', trade: 'books', goods: ['Ouvrages jeunesse', 'Romans (lot)', 'Bandes dessinées', 'Atlas', 'Dictionnaires'] },
  { name: 'Loire Informatique Services', form: 'SAS', trade: 'services', goods: ['Ordinateur portable 14"', 'Écran 24"', 'Installation poste', 'Maintenance annuelle', 'Câbles réseau'] },
  { name: 'Restaurant Le Chantecler', form: 'SARL', trade: 'food', goods: ['Repas du personnel', 'Plateaux-repas', 'Boissons', 'Service traiteur', 'Café d’accueil'] },
  { name: 'Nettoyage Pro Loire', form: 'SAS', trade: 'services', goods: ['Nettoyage des locaux', 'Vitrerie', 'Produits d’entretien', 'Intervention ponctuelle', 'Décapage sols'] },
  { name: 'Signalisation Rhône-Loire', form: 'SA', trade: 'goods', goods: ['Panneaux de police', 'Potelets', 'Marquage au sol', 'Pose', 'Balises'] },
];
export const MICRO = [
  { person: 'Julie Petit', job: 'Graphiste', goods: ['Création logo', 'Charte graphique', 'Mise en page plaquette', 'Retouches'] },
  { person: 'Karim Benali', job: 'Photographe', goods: ['Reportage photo événement', 'Retouche photos', 'Tirages', 'Déplacement'] },
  { person: 'Sophie Marchand', job: 'Formatrice', goods: ['Journée de formation', 'Support pédagogique', 'Préparation'] },
  { person: 'Lucas Bernard', job: 'Développeur web', goods: ['Développement site', 'Maintenance mensuelle', 'Hébergement annuel'] },
  { person: 'Élodie Garnier', job: 'Traductrice', goods: ['Traduction (par feuillet)', 'Relecture', 'Interprétariat (demi-journée)'] },
  { person: 'Thomas Rey', job: 'Musicien intervenant', goods: ['Atelier musical', 'Concert', 'Frais de déplacement'] },
];
export const ASSOCIATIONS = [
  { name: 'Association Culture et Quartiers', goods: ['Animation atelier lecture', 'Spectacle jeune public', 'Intervention scolaire', 'Frais de déplacement'] },
  { name: 'Les Amis du Vélo Stéphanois', goods: ['Atelier réparation vélo', 'Balade encadrée', 'Initiation sécurité routière'] },
  { name: 'Compagnie Théâtre du Pilat', goods: ['Représentation', 'Atelier théâtre', 'Location décor'] },
  { name: 'Sport Santé Loire', goods: ['Séance sport santé', 'Encadrement éducateur', 'Bilan forme'] },
];

export const SAINT_ETIENNE = { name: 'Ville de Saint-Étienne', siret: '21420218600018', lines: ['Direction des Finances', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'], city: true };
const buyerRng = createRng(777_2026);
export const BUYERS = [
  SAINT_ETIENNE,
  { name: 'Saint-Étienne Métropole', lines: ['Direction de la commande publique', '2 avenue Grüner', '42000 Saint-Étienne'] },
  { name: 'Département de la Loire', lines: ['Hôtel du Département', '2 rue Charles de Gaulle', '42000 Saint-Étienne'] },
  { name: 'Région Auvergne-Rhône-Alpes', lines: ['1 esplanade François Mitterrand', '69002 Lyon'] },
  { name: 'CHU de Saint-Étienne', lines: ['Service achats', 'Avenue Albert Raimond', '42270 Saint-Priest-en-Jarez'] },
  { name: 'Université Jean Monnet', lines: ['Service facturier', '10 rue Tréfilerie', '42023 Saint-Étienne Cedex 2'] },
  { name: 'Commune de Firminy', lines: ['Mairie', 'Place du Breuil', '42700 Firminy'] },
  { name: 'CCAS de Saint-Étienne', lines: ['Centre communal d’action sociale', '11 rue Balay', '42000 Saint-Étienne'] },
  { name: 'Lycée Claude Fauriel', lines: ['Intendance', '28 avenue de la Libération', '42000 Saint-Étienne'] },
  { name: 'SDIS de la Loire', lines: ['Groupement finances', '1 rue de la Montat', '42100 Saint-Étienne'] },
  { name: 'Commune de Roanne', lines: ['Hôtel de Ville', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
  { name: 'Collège Jules Vallès', lines: ['Gestion', '12 rue Jules Vallès', '42000 Saint-Étienne'] },
];
for (const buyer of BUYERS) buyer.siret ??= makeSiret(buyerRng, '2');
