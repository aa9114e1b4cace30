package io.newsgraph.ner;

import io.newsgraph.actors.ActorType;

/**
 * The name types of the tagger, as in CoNLL-2003. MISC (events, nationalities, titles) is learned
 * but is not an actor.
 */
public enum EntityType {
  PER,
  ORG,
  LOC,
  MISC;

  private static final EntityType[] VALUES = values();

  /** The type of label {@code l} of {@link Labels}; null for O. */
  static EntityType ofLabel(int label) {
    return label == Labels.O ? null : VALUES[(label - 1) >> 1];
  }

  /** Parses "PER", "ORG", "LOC", "MISC"; null for anything else. */
  public static EntityType parse(String s) {
    for (EntityType t : VALUES) {
      if (t.name().equals(s)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The actor type a tagged name becomes: PER person, ORG organization, LOC place; MISC none
   * (null).
   */
  public ActorType actorType() {
    return switch (this) {
      case PER -> ActorType.PERSON;
      case ORG -> ActorType.ORGANIZATION;
      case LOC -> ActorType.PLACE;
      case MISC -> null;
    };
  }

  /**
   * The tagger type an actor type is scored as: person PER, organization and group ORG, country and
   * place LOC.
   */
  public static EntityType of(ActorType t) {
    return switch (t) {
      case PERSON -> PER;
      case ORGANIZATION, GROUP -> ORG;
      case COUNTRY, PLACE -> LOC;
    };
  }
}
