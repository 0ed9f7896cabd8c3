/**
 * THE trauma lexicon: the one list Stillroom uses everywhere (interpretation, server, console).
 * Words and phrases here hold an artwork for the therapist unless negated ("no fire" → mentioned).
 * Matching is by whole word (or the model's lemma), never by substring; list inflections explicitly.
 * `*` stands for any one word. Look-alikes that must not hold live in `look-alikes.ts`.
 */

// prettier-ignore
export const TRAUMA_CATEGORIES = [
  'violence', 'weapons', 'blood', 'war', 'explosions', 'fire-and-smoke', 'accidents', 'abuse', 'drowning',
  'death-and-loss',
] as const
export type TraumaCategory = (typeof TRAUMA_CATEGORIES)[number]

/** Plain-language labels for the therapist console. */
// prettier-ignore
export const TRAUMA_CATEGORY_LABELS: Record<TraumaCategory, string> = {
  violence: 'Violence', weapons: 'Weapons', blood: 'Blood and injury', war: 'War', explosions: 'Explosions',
  'fire-and-smoke': 'Fire and smoke', accidents: 'Accidents', abuse: 'Abuse', drowning: 'Drowning',
  'death-and-loss': 'Death and loss',
}

// prettier-ignore
export const TRAUMA_LEXICON: Record<TraumaCategory, readonly string[]> = {
  violence: [
    'violence', 'violent', 'fight', 'fights', 'fighting', 'fought', 'attack', 'attacks', 'attacked',
    'attacking', 'kill', 'kills', 'killed', 'killing', 'killer', 'murder', 'murders', 'murdered', 'murderer',
    'stab', 'stabbed', 'stabbing', 'punch', 'punched', 'punching', 'beat up', 'beaten up', 'beat me', 'hit me',
    'hit her', 'hit him', 'hits me', 'hurt me', 'hurting me', 'assault', 'assaulted', 'strangle', 'strangled',
    'choke me', 'choked me', 'choking me', 'torture', 'tortured', 'kidnap', 'kidnapped', 'hostage', 'hostages',
    'massacre', 'shooting', 'shootings', 'shot at', 'shot me', 'got shot', 'was shot', 'gunman', 'terror',
    'terrorist', 'terrorists', 'riot', 'riots', 'threatened', 'mugged', 'robbed',
    // es / fr
    'violencia', 'pelea', 'asesinato', 'guerre civile', 'meurtre', 'bagarre',
  ],
  weapons: [
    'weapon', 'weapons', 'gun', 'guns', 'gunfire', 'gunshot', 'gunshots', 'pistol', 'pistols', 'rifle',
    'rifles', 'shotgun', 'revolver', 'bullet', 'bullets', 'knife', 'knives', 'machete', 'sword', 'swords',
    'ammunition', 'ammo', 'handgun', 'firearm', 'firearms', 'arma', 'armas', 'pistola', 'cuchillo', 'fusil',
    'couteau', 'arme', 'armes',
  ],
  blood: [
    'blood', 'bloody', 'bloodied', 'bleed', 'bleeding', 'bled', 'gore', 'gory', 'wound', 'wounds', 'wounded',
    'injured', 'injury', 'injuries', 'sangre', 'sanglant', 'sanglante',
  ],
  war: [
    'war', 'wars', 'wartime', 'warzone', 'war zone', 'soldier', 'soldiers', 'army', 'armies', 'battle',
    'battles', 'battlefield', 'combat', 'troops', 'military', 'invasion', 'invaded', 'airstrike', 'airstrikes',
    'air raid', 'trenches', 'trench', 'deployment', 'deployed', 'sniper', 'snipers', 'guerra', 'guerre',
    'soldado', 'soldados', 'soldat', 'soldats',
  ],
  explosions: [
    'explosion', 'explosions', 'explode', 'explodes', 'exploded', 'exploding', 'bomb', 'bombs', 'bombed',
    'bombing', 'bombings', 'grenade', 'grenades', 'detonate', 'detonated', 'landmine', 'landmines', 'blast',
    'blasts', 'shelling', 'missile', 'missiles', 'explosion', 'bomba', 'explosion', 'bombe',
  ],
  'fire-and-smoke': [
    'fire', 'fires', 'flames', 'flame', 'blaze', 'ablaze', 'burning', 'burned', 'burnt', 'burns', 'burn',
    'smoke', 'smoking', 'smoky', 'smoke filled', 'wildfire', 'wildfires', 'inferno', 'arson', 'on fire',
    'house fire', 'forest fire', 'bushfire', 'scorched', 'charred', 'fuego', 'incendio', 'humo', 'feu',
    'incendie', 'fumee',
  ],
  accidents: [
    'accident', 'accidents', 'car crash', 'car crashes', 'plane crash', 'crashed into', 'crashed the car',
    'crashed my car', 'crash site', 'collision', 'collided', 'wreck', 'wrecked', 'wreckage', 'ambulance',
    'hit by a car', 'run over by', 'was run over', 'ran me over', 'fell to his death', 'pileup', 'derailed',
    'overdose', 'accidente',
  ],
  abuse: [
    'abuse', 'abused', 'abusive', 'abuser', 'rape', 'raped', 'rapist', 'molest', 'molested', 'molesting',
    'incest', 'trafficked', 'trafficking', 'bully', 'bullied', 'bullying', 'grooming', 'groomed', 'beatings',
    'touched me', 'locked me', 'abuso', 'abus', 'maltrato', 'maltraitance',
  ],
  drowning: [
    'drown', 'drowns', 'drowned', 'drowning', 'went under the water', 'went under water', 'pulled under',
    'dragged under', 'could not breathe', "couldn't breathe", 'cant breathe', 'ahogado', 'ahogarse', 'ahogo',
    'noyade', 'noye', 'noyee',
  ],
  'death-and-loss': [
    'death', 'deaths', 'dead', 'die', 'dies', 'died', 'dying', 'funeral', 'funerals', 'grave', 'graves',
    'graveyard', 'cemetery', 'coffin', 'casket', 'corpse', 'corpses', 'body bag', 'passed away', 'pass away',
    'passing away', 'loss', 'lost my *', 'lost our *', 'lost his *', 'lost her *', 'lost their *', 'lost a *',
    'grief', 'grieving', 'griefs', 'mourning', 'mourn', 'widow', 'widowed', 'suicide', 'suicidal',
    'kill myself', 'killed himself', 'killed herself', 'miscarriage', 'stillborn', 'muerte', 'muerto',
    'muerta', 'funeral', 'mort', 'morte', 'deuil', 'duelo',
  ],
}
