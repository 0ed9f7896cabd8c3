/** The first visit's line, under the words box of an empty wall. */
export const WELCOME_TEXT =
  'Welcome. Describe a place where you feel at ease, or a feeling, and it will be painted here for you.'
