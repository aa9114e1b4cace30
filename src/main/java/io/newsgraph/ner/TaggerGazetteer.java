package io.newsgraph.ner;

import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;

/**
 * The gazetteer a model is trained with, built from an actor dictionary: every name and alias under
 * its actor's type (person PER, organization and group ORG, country and place LOC), capitals and
 * seats of government as LOC, demonyms as MISC (CoNLL's type for nationalities).
 */
public final class TaggerGazetteer {
  private final Gazetteer gazetteer = new Gazetteer();

  public static TaggerGazetteer of(ActorDictionary dictionary) {
    TaggerGazetteer g = new TaggerGazetteer();
    for (Actor a : dictionary.actors()) {
      EntityType type = EntityType.of(a.type());
      g.gazetteer.add(a.name(), type);
      for (String form : a.aliases()) {
        g.gazetteer.add(Actor.surface(form), type);
      }
      for (String form : a.metonyms()) {
        g.gazetteer.add(Actor.surface(form), EntityType.LOC);
      }
      for (String form : a.demonyms()) {
        g.gazetteer.add(Actor.surface(form), EntityType.MISC);
      }
    }
    return g;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  public int size() {
    return gazetteer.size();
  }
}
