package org.impasseadvisor.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** The one entity: Hibernate ORM boots its metamodel for it, as it does for the product's three. */
@Entity
public class Note extends PanacheEntity {
    public String text;
}
